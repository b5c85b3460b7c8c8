package vn.nq57.reporting.cli;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.quartz.Scheduler;
import picocli.CommandLine.Command;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.scheduler.ScheduleTriggers;

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

	private final Scheduler scheduler;

	private final ScheduleTriggers triggers;

	private final Clock clock;

	SchedulerCommand(Scheduler scheduler, ScheduleTriggers triggers, Clock clock) {
		this.clock = clock;
		this.scheduler = scheduler;
		this.triggers = triggers;
	}

	@Override
	public Integer call() throws Exception {
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
