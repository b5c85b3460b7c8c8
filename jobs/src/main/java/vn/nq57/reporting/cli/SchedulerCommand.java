package vn.nq57.reporting.cli;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.quartz.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.scheduler.ScheduleTriggers;
import vn.nq57.reporting.scheduler.SchedulerMailCheck;

/**
 * {@code ./reports scheduler}: the long-running mode. Sets up the triggers from
 * schedules/ and runs the clustered Quartz scheduler until stopped (Ctrl+C, SIGTERM);
 * several instances may run on one database.
 */
@Component
@Command(name = "scheduler", mixinStandardHelpOptions = true,
		description = "Chạy bộ lập lịch: tự lập và gửi báo cáo, nhắc đơn vị, gửi lại thư lỗi, cảnh báo khi quá hạn. "
				+ "Chạy đến khi bị dừng (Ctrl+C); có thể chạy nhiều bản trên cùng một cơ sở dữ liệu.")
public class SchedulerCommand implements Callable<Integer> {

	@Option(names = "--no-mail",
			description = "Chạy thử khi chưa cấu hình máy chủ thư: báo cáo chỉ ghi ra tệp .eml (không tính là đã gửi)")
	boolean noMail;

	private final Scheduler scheduler;

	private final SchedulerMailCheck mailCheck;

	private final ScheduleTriggers triggers;

	private final Clock clock;

	SchedulerCommand(Scheduler scheduler, ScheduleTriggers triggers, SchedulerMailCheck mailCheck, Clock clock) {
		this.clock = clock;
		this.mailCheck = mailCheck;
		this.scheduler = scheduler;
		this.triggers = triggers;
	}

	@Override
	public Integer call() throws Exception {
		try {
			this.mailCheck.check(this.noMail).ifPresent(System.out::println);
		}
		catch (SchedulerMailCheck.NoMailServerException ex) {
			System.err.println("Lỗi: " + ex.getMessage());
			return 2;
		}
		this.triggers.ensureTriggers(ZonedDateTime.now(this.clock));
		if (!this.scheduler.isStarted()) {
			this.scheduler.start();
		}
		System.out.printf("Bộ lập lịch đang chạy (nút %s). Xem lịch: ./reports schedule preview. Dừng: Ctrl+C.%n",
				this.scheduler.getSchedulerInstanceId());
		new CountDownLatch(1).await();
		return 0;
	}

}
