package vn.nq57.reporting.document;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EstimateNoteTests {

	@Test
	void annualReportMadeBeforeItsWindowClosesSaysItsFiguresAreEstimated() {
		assertThat(ReportDocumentAssembler.estimateNote("năm 2026", LocalDate.of(2026, 11, 27),
				LocalDate.of(2026, 12, 14)))
			.isEqualTo("Số liệu năm 2026 là số ước tính đến ngày 27/11/2026 (kỳ số liệu kết thúc ngày 14/12/2026).");
	}

	@Test
	void reportMadeAfterItsWindowClosedHasNoEstimateNote() {
		assertThat(ReportDocumentAssembler.estimateNote("quý II năm 2026", LocalDate.of(2026, 6, 15),
				LocalDate.of(2026, 6, 14)))
			.isNull();
	}

}
