package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports plan show} as an officer reads it beside the printed plan: the reports
 * the plan owes, when each target applies, what it counts, how the commune's figure is
 * made and from whom, the printed wording beside the corrected one, and deadline kinds
 * (issue 14).
 */
@DatabaseTest
class PlanShowTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	CatalogMapper catalog;

	@BeforeEach
	void givenThePlans() {
		for (String file : new String[] { "loc-hung.yaml", "phu-trung.yaml", "vu-quang.yaml", "yen-hoa.yaml" }) {
			this.importer.importText("plans/" + file, TestPlans.text(file));
		}
	}

	@Test
	void showsTheReportsThePlanOwesAndToWhom() {
		assertThat(show("LOC-HUNG", "table")).contains("Báo cáo phải gửi")
			.contains("Báo cáo năm → Đảng ủy xã Lộc Hưng (Hằng năm)")
			.contains("Báo cáo sơ kết 3 năm → Đảng ủy xã Lộc Hưng (3 năm)")
			.contains("Số văn bản: Số      -BC/ĐU");
	}

	@Test
	void showsWhenEachTargetAppliesWhatItCountsAndHowItsFigureIsMade() {
		String phuTrung = show("PHU-TRUNG", "csv");
		assertThat(phuTrung).contains("PT-01,").contains("kế hoạch không ghi mốc thời gian");
		assertThat(line(phuTrung, "PT-18,")).contains("thường xuyên");
		assertThat(line(phuTrung, "PT-21,")).contains("số liệu công bố").contains("VHXH");

		String locHung = show("LOC-HUNG", "csv");
		assertThat(line(locHung, "LH-16,", ",2045,")).contains("lũy kế từ đầu kế hoạch");
		assertThat(line(locHung, "LH-16,", ",2035,")).contains("trong từng năm");
		assertThat(line(locHung, "LH-10,")).contains("rate");

		String vuQuang = show("VU-QUANG", "csv");
		assertThat(line(vuQuang, "VQ-16,")).contains("gộp tử số, mẫu số").contains("VP;TTHCC");
		assertThat(vuQuang).contains("trực tuyến toàn trình")
			.contains("in trong kế hoạch: Tỷ lệ dịch vụ công trực tuyển");
	}

	@Test
	void showsDeadlineKindsInWords() {
		String yenHoa = show("YEN-HOA", "csv");
		assertThat(line(yenHoa, "YH-T01,")).contains("Trong kỳ kế hoạch (đến 31/12/2025)");
		assertThat(line(yenHoa, "YH-T37,")).contains("Định kỳ");
		assertThat(line(show("LOC-HUNG", "csv"), "LH-T03,")).contains("Kế hoạch không ghi thời hạn");
	}

	private String show(String code, String format) {
		PlanCommand.Show show = new PlanCommand.Show(this.catalog);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		show.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		show.code = code;
		show.format = format;
		assertThat(show.call()).isZero();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String line(String output, String... containing) {
		return output.lines()
			.filter(l -> java.util.Arrays.stream(containing).allMatch(l::contains))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"no line with " + java.util.Arrays.toString(containing) + " in:\n" + output));
	}

}
