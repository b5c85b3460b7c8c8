package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.UnitDeadlines;
import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./reports schedule preview} as an operator reads it. */
class SchedulePreviewTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

	@Test
	void csvPreviewOfAWholeYearListsEveryRunWithItsDeadline() {
		// the communes' runs (the province reports' are interleaved, checked below)
		List<String> lines = preview(LocalDate.of(2026, 1, 1), 37, "csv").stream()
			.filter(line -> !line.contains("cấp tỉnh"))
			.limit(20)
			.toList();

		assertThat(lines).hasSize(20);
		// a byte order mark first, so that Excel shows the Vietnamese
		assertThat(lines.get(0))
			.isEqualTo("\uFEFFChạy lúc,Báo cáo,Kỳ,Hạn gửi,Theo kế hoạch,Nhắc đơn vị,Hạn của đơn vị,Ghi chú");
		// every unit's last day comes before the run that uses its data (issue 14 item
		// 10)
		assertThat(lines).contains(
				// a deadline in Tết: 19/02/2026 is the third day of Tết, so the report
				// goes before the holiday
				"11/02/2026 08:00,Báo cáo tháng,2026-02,13/02/2026,trước ngày 20/02/2026,05/02/2026,10/02/2026,"
						+ "19/02/2026 là ngày nghỉ (Tết Nguyên đán (mùng 3))",
				// a deadline on a Sunday
				"15/07/2026 08:00,Báo cáo tháng,2026-07,17/07/2026,trước ngày 20/07/2026,09/07/2026,14/07/2026,"
						+ "19/07/2026 là ngày nghỉ (Chủ nhật)",
				"24/11/2026 08:00,Báo cáo năm,2026,27/11/2026,trước ngày 30/11/2026,16/11/2026,23/11/2026,"
						+ "29/11/2026 là ngày nghỉ (Chủ nhật)");
		assertThat(lines.get(19))
			.isEqualTo("16/12/2026 08:00,Báo cáo tháng,2026-12,18/12/2026,trước ngày 20/12/2026,10/12/2026,15/12/2026,"
					+ "19/12/2026 là ngày nghỉ (thứ Bảy)");
	}

	@Test
	void previewStartsAtTheGivenDay() {
		List<String> lines = preview(LocalDate.of(2026, 11, 24), 6, "table");

		assertThat(lines.get(2)).startsWith("24/11/2026 08:00").contains("Báo cáo 6 tháng", "2026-H2");
		assertThat(lines.get(3)).startsWith("24/11/2026 08:00").contains("Báo cáo năm");
		// November's communes are due by 24/11 (Vũ Quang's timeline: units by 19/11,
		// report
		// made 20/11, due two working days later); the province reports two working days
		// after
		assertThat(lines.get(4)).startsWith("26/11/2026 08:00")
			.contains("Báo cáo tổng hợp tháng cấp tỉnh", "2026-11", "sau hạn gửi của các xã (24/11/2026)");
		assertThat(lines.get(5)).startsWith("07/12/2026 08:00").contains("Báo cáo quý", "2026-Q4");
		assertThat(lines.get(6)).startsWith("07/12/2026 08:00")
			.contains("Báo cáo tổng hợp 6 tháng cấp tỉnh", "2026-H2");
		assertThat(lines.get(7)).startsWith("07/12/2026 08:00").contains("Báo cáo tổng hợp năm cấp tỉnh", "2026");
	}

	@Test
	void csvPreviewListsTheProvinceReportsAfterTheCommunesDeadline() {
		List<String> lines = preview(LocalDate.of(2026, 5, 1), 2, "csv");

		assertThat(lines).containsExactly(
				"\uFEFFChạy lúc,Báo cáo,Kỳ,Hạn gửi,Theo kế hoạch,Nhắc đơn vị,Hạn của đơn vị,Ghi chú",
				"15/05/2026 08:00,Báo cáo tháng,2026-05,19/05/2026,trước ngày 20/05/2026,11/05/2026,14/05/2026,",
				// communes' last day 22/05 (Fri), two working days after: Tue 26/05
				"26/05/2026 08:00,Báo cáo tổng hợp tháng cấp tỉnh,2026-05,,2 ngày làm việc sau hạn gửi của các xã"
						+ " (22/05/2026),,,\"mọi tỉnh, thành phố; gửi ubnd-tinh@example.gov.vn, bo-khcn@example.gov.vn\"");
	}

	private List<String> preview(LocalDate from, int count, String format) {
		ScheduleCommand.Preview preview = new ScheduleCommand.Preview(
				new SchedulePlanner(new ReportSchedules(), this.calendar,
						new UnitDeadlines(this.calendar, new DataWindowPolicy(15))),
				this.calendar, Clock.system(ReportingZone.ZONE));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		preview.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		preview.from = from;
		preview.count = count;
		preview.format = format;
		assertThat(preview.call()).isZero();
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}

}
