package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports schedule preview --plan CODE}: a plan's own calendar, from what its
 * catalog says it owes (issue 14 item 9; before, every plan was on the one calendar of
 * monthly to annual reports).
 */
@DatabaseTest
class PlanCalendarPreviewTests {

	@Autowired
	ScheduleCommand.Preview preview;

	@Autowired
	PlanImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenThePlans() throws Exception {
		// the database is shared with the other tests of the same configuration: import
		// what is missing
		for (String file : new String[] { "loc-hung.yaml", "vu-quang.yaml", "kien-an.yaml", "phu-trung.yaml",
				"yen-hoa.yaml" }) {
			String code = file.replace(".yaml", "").toUpperCase(java.util.Locale.ROOT);
			if (this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE code = ?", Integer.class, code) == 0) {
				this.importer.importText("plans/" + file, TestPlans.text(file));
			}
		}
	}

	@Test
	void locHungsCalendarHasItsAnnualReportsAndItsThreeYearReviewAndNoMonthlyReport() {
		String out = preview("LOC-HUNG", LocalDate.of(2026, 1, 1), 12);

		assertThat(out).contains("Kế hoạch LOC-HUNG phải gửi (danh mục, mục reporting):",
				"Báo cáo sơ kết 3 năm, gửi Đảng ủy xã Lộc Hưng: \"3 năm\" (mục IV.3) — mỗi 3 năm, tính từ năm 2025 "
						+ "của kế hoạch: 2025-2027, 2028-2030",
				"Báo cáo tổng kết 5 năm, gửi Đảng ủy xã Lộc Hưng: \"5 năm\" (mục IV.3) — mỗi 5 năm, tính từ năm 2025 "
						+ "của kế hoạch: 2025-2029, 2030-2034");
		assertThat(out.lines().filter(line -> line.matches("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d .*")).toList())
			.satisfiesExactly(line -> assertThat(line).startsWith("24/11/2026 08:00").contains("Báo cáo năm", "2026"),
					line -> assertThat(line).contains("Báo cáo năm", "2027"),
					line -> assertThat(line).contains("Báo cáo sơ kết 3 năm", "2025-2027"));
		// no holiday file for 2028 yet: the preview says where it stops
		assertThat(out).contains("Chưa tính được các lần sau:").doesNotContain("Báo cáo tháng");
	}

	@Test
	void aPlanThatPrintsNoPeriodGetsNoGuessedCalendar() {
		String out = preview("KIEN-AN", LocalDate.of(2026, 1, 1), 12);

		assertThat(out).contains("Báo cáo định kỳ (kế hoạch không nêu kỳ), gửi Ủy ban nhân dân phường",
				"kế hoạch không nêu kỳ: không có lịch tự động, không đoán kỳ thay kế hoạch");
		assertThat(out.lines().filter(line -> line.matches("^\\d\\d/\\d\\d/\\d{4} .*"))).isEmpty();
	}

	@Test
	void vuQuangsCalendarIsMonthlyToAnnualAndPhuTrungsAnnualOnly() {
		assertThat(preview("VU-QUANG", LocalDate.of(2026, 11, 1), 4)).contains("Báo cáo tháng", "Báo cáo quý",
				"Báo cáo năm");
		String phuTrung = preview("PHU-TRUNG", LocalDate.of(2026, 1, 1), 12);
		assertThat(phuTrung).contains("Báo cáo năm").doesNotContain("Báo cáo tháng").doesNotContain("Báo cáo quý");
		assertThat(phuTrung).contains("khi có yêu cầu: không có lịch tự động");
	}

	/**
	 * Issue 14 item 10: Vũ Quang's "trước ngày 20" is the units' deadline to Phòng Văn
	 * hóa - Xã hội, Yên Hòa's the commune's deadline to the Sở: each plan's timeline runs
	 * units' cut-off, then the run, then sending, by the report's deadline.
	 */
	@Test
	void eachPlansTimelineRunsFromTheUnitsCutOffToTheRunToTheReportsDeadline() {
		String vuQuang = preview("VU-QUANG", LocalDate.of(2026, 7, 1), 1);
		String yenHoa = preview("YEN-HOA", LocalDate.of(2026, 7, 1), 1);

		// units until Monday 20 July (19 July is a Sunday), the report made on the 21st,
		// due on the 23rd
		assertThat(vuQuang).contains("ngày in trong kế hoạch là hạn của đơn vị: báo cáo lập sau hạn đó");
		assertThat(row(vuQuang)).startsWith("21/07/2026 08:00")
			.contains("Báo cáo tháng", "2026-07", "23/07/2026", "20/07/2026");
		// units until Tuesday 14 July, the report made on the 15th, due Friday 17 July
		assertThat(row(yenHoa)).startsWith("15/07/2026 08:00")
			.contains("Báo cáo tháng", "2026-07", "17/07/2026", "14/07/2026");
	}

	private static String row(String out) {
		return out.lines().filter(line -> line.matches("^\\d\\d/\\d\\d/\\d{4} .*")).findFirst().orElseThrow();
	}

	private String preview(String plan, LocalDate from, int count) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		this.preview.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		this.preview.plan = plan;
		this.preview.from = from;
		this.preview.count = count;
		this.preview.format = "table";
		assertThat(this.preview.call()).isZero();
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
