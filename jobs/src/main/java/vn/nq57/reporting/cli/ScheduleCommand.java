package vn.nq57.reporting.cli;

import java.time.Clock;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.ScheduleDataException;
import vn.nq57.reporting.calendar.ScheduledRun;
import vn.nq57.reporting.calendar.WorkingDayCalendar;
import vn.nq57.reporting.scheduler.PlanFire;
import vn.nq57.reporting.scheduler.PlanFireMapper;

/**
 * {@code ./reports schedule preview}: the coming scheduled runs, from schedules/ as they
 * are now.
 */
@Component
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Xem lịch lập và gửi báo cáo tự động.",
		subcommands = { ScheduleCommand.Preview.class, ScheduleCommand.Fires.class })
public class ScheduleCommand extends CommandGroup {

	@Component
	@Command(name = "preview", mixinStandardHelpOptions = true,
			description = "Liệt kê các lần chạy sắp tới: lúc chạy, báo cáo, kỳ, hạn gửi (tính ngày làm việc, "
					+ "nghỉ lễ, Tết theo schedules/holidays/).")
	static class Preview implements Callable<Integer> {

		private static final DateTimeFormatter FIRE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

		@Option(names = "--from", description = "Từ ngày (YYYY-MM-DD); mặc định hôm nay")
		LocalDate from;

		@Option(names = "--count", defaultValue = "12", description = "Số lần chạy (mặc định 12)")
		int count;

		@Option(names = "--format", defaultValue = "table", description = "table hoặc csv")
		String format;

		private final SchedulePlanner planner;

		private final WorkingDayCalendar calendar;

		PrintStream out = System.out;

		private final Clock clock;

		Preview(SchedulePlanner planner, WorkingDayCalendar calendar, Clock clock) {
			this.clock = clock;
			this.planner = planner;
			this.calendar = calendar;
		}

		@Override
		public Integer call() {
			if (this.count < 1) {
				System.err.println("Lỗi: --count phải lớn hơn 0");
				return 2;
			}
			LocalDate start = (this.from != null) ? this.from : LocalDate.now(this.clock);
			List<ScheduledRun> runs;
			try {
				runs = this.planner.upcoming(start.atStartOfDay(ReportingZone.ZONE), this.count);
			}
			catch (ScheduleDataException ex) {
				System.err.println("Lỗi: " + ex.getMessage());
				return 2;
			}
			Table table = new Table("Chạy lúc", "Báo cáo", "Kỳ", "Hạn gửi", "Theo kế hoạch", "Nhắc đơn vị",
					"Hạn của đơn vị", "Ghi chú");
			for (ScheduledRun run : runs) {
				table.row(FIRE.format(run.fireAt()), run.period().type().vietnameseName(), run.period().code(),
						VietnameseDates.format(run.lastDay()), run.planDeadline().text(),
						run.remindOn().map(VietnameseDates::format).orElse(""),
						VietnameseDates.format(run.unitsLastDay()), note(run));
			}
			table.print(this.out, this.format);
			return 0;
		}

		/** Says why the last day moved: "19/07/2026 là Chủ nhật". */
		private String note(ScheduledRun run) {
			LocalDate planned = run.planDeadline().lastDay();
			return this.calendar.dayOffName(planned)
				.map(reason -> VietnameseDates.format(planned) + " là ngày nghỉ (" + reason + ")")
				.orElse("");
		}

	}

	/**
	 * {@code ./reports schedule fires}: what each plan's scheduled runs did (ran,
	 * skipped, failed with the reason, retried when).
	 */
	@Component
	@Command(name = "fires", mixinStandardHelpOptions = true,
			description = "Các lần chạy theo lịch gần đây của từng kế hoạch: đã chạy, bỏ qua, thất bại (lý do), "
					+ "thử lại lúc nào.")
	static class Fires implements Runnable {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

		@Option(names = "--count", defaultValue = "30", description = "Số dòng (mặc định 30)")
		int count;

		@Option(names = "--format", defaultValue = "table", description = "table hoặc csv")
		String format;

		private final PlanFireMapper fires;

		Fires(PlanFireMapper fires) {
			this.fires = fires;
		}

		@Override
		public void run() {
			Table table = new Table("Lịch lúc", "Lịch", "Kế hoạch", "Kết quả", "Số lần", "Lần chạy", "Thử lại lúc",
					"Lý do");
			for (PlanFire fire : this.fires.findRecent(this.count)) {
				table.row(TIME.format(fire.scheduledFor()), fire.runKey(), fire.planCode(), fire.status().label(),
						fire.attempts(), (fire.reportRunId() != null) ? fire.reportRunId() : "",
						(fire.nextAttemptAt() != null) ? TIME.format(fire.nextAttemptAt()) : "",
						(fire.reason() != null) ? fire.reason() : "");
			}
			table.print(System.out, this.format);
		}

	}

}
