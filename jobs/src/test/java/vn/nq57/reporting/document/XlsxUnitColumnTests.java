package vn.nq57.reporting.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook's unit column says what a reader reads, not the catalog's code. */
class XlsxUnitColumnTests {

	@Test
	void percentIsPrintedAsThePercentSign() {
		assertThat(XlsxReportWriter.unitLabel("percent")).isEqualTo("%");
		assertThat(XlsxReportWriter.unitLabel("percent_grdp")).isEqualTo("% GRDP");
	}

	@Test
	void otherUnitsAreNamedInVietnamese() {
		assertThat(XlsxReportWriter.unitLabel("count")).isEqualTo("số lượng");
		assertThat(XlsxReportWriter.unitLabel("rank")).isEqualTo("thứ hạng");
		assertThat(XlsxReportWriter.unitLabel("text")).isEqualTo("định tính");
		assertThat(XlsxReportWriter.unitLabel(null)).isNull();
	}

}
