package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTypeTests {

	@Test
	void everyTypeHasItsCommandLineNameAndVietnameseName() {
		assertThat(ReportType.MONTHLY.cliName()).isEqualTo("monthly");
		assertThat(ReportType.QUARTERLY.cliName()).isEqualTo("quarterly");
		assertThat(ReportType.HALF_YEAR.cliName()).isEqualTo("half-year");
		assertThat(ReportType.ANNUAL.cliName()).isEqualTo("annual");
		assertThat(ReportType.AD_HOC.cliName()).isEqualTo("ad-hoc");
		assertThat(ReportType.MONTHLY.vietnameseName()).isEqualTo("Báo cáo tháng");
		assertThat(ReportType.QUARTERLY.vietnameseName()).isEqualTo("Báo cáo quý");
		assertThat(ReportType.HALF_YEAR.vietnameseName()).isEqualTo("Báo cáo 6 tháng");
		assertThat(ReportType.ANNUAL.vietnameseName()).isEqualTo("Báo cáo năm");
		assertThat(ReportType.AD_HOC.vietnameseName()).isEqualTo("Báo cáo đột xuất");
	}

	@Test
	void commandLineNameReadsBack() {
		for (ReportType type : ReportType.values()) {
			assertThat(ReportType.fromCliName(type.cliName())).isEqualTo(type);
		}
		assertThat(ReportType.fromCliName(" Half-Year ")).isEqualTo(ReportType.HALF_YEAR);
	}

	@Test
	void unknownCommandLineNameListsTheAcceptedOnes() {
		assertThatThrownBy(() -> ReportType.fromCliName("weekly")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Loại báo cáo không hợp lệ")
			.hasMessageContaining("monthly, quarterly, half-year, annual, ad-hoc");
	}

}
