package vn.nq57.reporting.cli;

import java.time.Clock;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.calendar.DeadlineOwner;
import vn.nq57.reporting.calendar.ProvinceScheduledRun;
import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.ScheduleDataException;
import vn.nq57.reporting.calendar.ScheduledRun;
import vn.nq57.reporting.calendar.WorkingDayCalendar;
import vn.nq57.reporting.catalog.StoredReporting;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.scheduler.OwedReports;
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
					+ "nghỉ lễ, Tết theo schedules/holidays/); không có --plan: cả báo cáo tổng hợp cấp tỉnh.")
	static class Preview implements Callable<Integer>, AnsweredByService {

		private static final DateTimeFormatter FIRE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

		@Option(names = "--from", paramLabel = "NGÀY", description = "Từ ngày (YYYY-MM-DD); mặc định hôm nay")
		LocalDate from;

		@Option(names = "--count", paramLabel = "SỐ-LẦN", defaultValue = "12",
				description = "Số lần chạy (mặc định 12)")
		int count;

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table", description = "table hoặc csv")
		String format;

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH",
				description = "Lịch riêng của một kế hoạch: chỉ các báo cáo kế hoạch đó phải gửi (mục reporting của danh mục)")
		String plan;

		private final SchedulePlanner planner;

		private final OwedReports owed;

		private final WorkingDayCalendar calendar;

		PrintStream out = System.out;

		private final Clock clock;

		Preview(SchedulePlanner planner, WorkingDayCalendar calendar, Clock clock) {
			this(planner, calendar, null, clock);
		}

		@Autowired
		Preview(SchedulePlanner planner, WorkingDayCalendar calendar, OwedReports owed, Clock clock) {
			this.clock = clock;
			this.planner = planner;
			this.calendar = calendar;
			this.owed = owed;
		}

		@Override
		public Integer call() {
			if (this.count < 1) {
				System.err.println("Lỗi: --count phải lớn hơn 0");
				return 2;
			}
			LocalDate start = (this.from != null) ? this.from : LocalDate.now(this.clock);
			List<ScheduledRun> runs;
			List<ProvinceScheduledRun> provinceRuns = List.of();
			String missing = null;
			if (this.plan != null) {
				List<StoredReporting> reporting = (this.owed != null) ? this.owed.owed(this.plan) : null;
				if (reporting == null) {
					System.err.println("Lỗi: Không có kế hoạch mã \"" + this.plan + "\". Xem ./reports plan list.");
					return 2;
				}
				printOwed(reporting);
				runs = new ArrayList<>();
				ZonedDateTime after = start.atStartOfDay(ReportingZone.ZONE).minusNanos(1);
				for (int year = start.getYear(); runs.size() < this.count && year <= start.getYear() + 30; year++) {
					ZonedDateTime yearEnd = LocalDate.of(year, 12, 31).atTime(23, 59, 59).atZone(ReportingZone.ZONE);
					try {
						for (DeadlineOwner owner : DeadlineOwner.values()) {
							this.planner.firedBetween(after, yearEnd, owner)
								.stream()
								.filter(run -> this.owed.owes(this.plan, run.period())
										&& this.owed.ownerOf(this.plan, run.period().type()) == owner)
								.forEach(runs::add);
						}
					}
					catch (ScheduleDataException ex) {
						missing = ex.getMessage();
						break;
					}
					after = yearEnd;
				}
				runs.sort(java.util.Comparator.comparing(ScheduledRun::fireAt));
				runs = runs.subList(0, Math.min(this.count, runs.size()));
			}
			else {
				try {
					runs = this.planner.upcoming(start.atStartOfDay(ReportingZone.ZONE), this.count);
					if (!runs.isEmpty()) {
						// the province reports firing up to the last of these: later ones
						// would
						// come after them
						provinceRuns = this.planner.provinceRunsBetween(start.atStartOfDay(ReportingZone.ZONE),
								runs.get(runs.size() - 1).fireAt());
					}
				}
				catch (ScheduleDataException ex) {
					System.err.println("Lỗi: " + ex.getMessage());
					return 2;
				}
			}
			Table table = new Table("Chạy lúc", "Báo cáo", "Kỳ", "Hạn gửi", "Theo kế hoạch", "Nhắc đơn vị",
					"Hạn của đơn vị", "Ghi chú");
			List<Map.Entry<ZonedDateTime, Object[]>> rows = new ArrayList<>();
			for (ScheduledRun run : runs) {
				rows.add(Map.entry(run.fireAt(),
						new Object[] { FIRE.format(run.fireAt()), run.period().type().vietnameseName(),
								run.period().code(), VietnameseDates.format(run.lastDay()), run.planDeadline().text(),
								run.remindOn().map(VietnameseDates::format).orElse(""),
								VietnameseDates.format(run.unitsLastDay()), note(run) }));
			}
			for (ProvinceScheduledRun run : provinceRuns) {
				rows.add(Map.entry(run.fireAt(),
						new Object[] { FIRE.format(run.fireAt()),
								ProvinceReportType.of(run.period().type()).vietnameseName() + " cấp tỉnh",
								run.period().code(), "",
								run.workingDaysAfter() + " ngày làm việc sau hạn gửi của các xã ("
										+ VietnameseDates.format(run.communesLastDay()) + ")",
								"", "", "mọi tỉnh, thành phố" + (run.recipients().isEmpty() ? ""
										: "; gửi " + String.join(", ", run.recipients())) }));
			}
			// stable: a commune report before the province reports firing at the same
			// time
			rows.sort(Map.Entry.comparingByKey());
			rows.stream().limit(this.count).forEach(row -> table.row(row.getValue()));
			table.print(this.out, this.format);
			if (missing != null) {
				this.out.println("Chưa tính được các lần sau: " + missing);
			}
			return 0;
		}

		/** What the plan's catalog says it owes, and which of it has no automatic run. */
		private void printOwed(List<StoredReporting> reporting) {
			if (!"table".equals(this.format)) {
				return;
			}
			this.out.println("Kế hoạch " + this.plan + " phải gửi (danh mục, mục reporting):");
			if (reporting.isEmpty()) {
				this.out.println("  danh mục không ghi: lập theo mọi lịch định kỳ (tháng, quý, 6 tháng, năm)");
			}
			for (StoredReporting owes : reporting) {
				StringBuilder line = new StringBuilder("  - ").append(owes.label());
				if (owes.recipient() != null) {
					line.append(", gửi ").append(owes.recipient());
				}
				if (owes.dueText() != null) {
					line.append(": \"").append(owes.dueText()).append('"');
				}
				if (owes.source() != null) {
					line.append(" (mục ").append(owes.source()).append(')');
				}
				line.append(" — ").append(scheduleNote(owes.reportType()));
				if ("units".equals(owes.dueFrom())) {
					line.append("; ngày in trong kế hoạch là hạn của đơn vị: báo cáo lập sau hạn đó");
				}
				this.out.println(line);
			}
			this.out.println();
		}

		private String scheduleNote(String type) {
			return switch (type) {
				case "ad-hoc" -> "khi có yêu cầu: không có lịch tự động (./reports run ad-hoc)";
				case "periodic" -> "kế hoạch không nêu kỳ: không có lịch tự động, không đoán kỳ thay kế hoạch";
				case "three-year-review", "five-year-review" -> {
					ReportType review = ReportType.fromCliName(type);
					yield this.owed.firstYear(this.plan)
						.map(first -> "mỗi " + review.reviewYears() + " năm, tính từ năm " + first + " của kế hoạch: "
								+ Period.review(review, first).code() + ", "
								+ Period.review(review, first + review.reviewYears()).code() + ", ...; gửi cùng báo cáo"
								+ " năm cuối kỳ (kế hoạch không ghi hạn)")
						.orElse("danh mục không ghi năm của kế hoạch: không tính được kỳ");
				}
				default -> "theo lịch schedules/report-schedules.yaml";
			};
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
	static class Fires implements Runnable, AnsweredByService {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

		@Option(names = "--count", paramLabel = "SỐ-LẦN", defaultValue = "30", description = "Số dòng (mặc định 30)")
		int count;

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table", description = "table hoặc csv")
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
