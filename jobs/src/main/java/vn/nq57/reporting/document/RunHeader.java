package vn.nq57.reporting.document;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a report run is, with the header facts of the plan version it used;
 * {@code numbering} is state ("Số: 12/BC-UBND") or party ("Số 12-BC/ĐU").
 */
public record RunHeader(long runId, long planId, long planVersionId, String planCode, int planVersion,
		String reportType, String periodCode, int version, String status, LocalDate dataFrom, LocalDate dataTo,
		LocalDate deadline, LocalDateTime createdAt, String title, String issuerParent, String issuerName,
		String issuerShort, String documentPrefix, String place, String province, String reportRecipient,
		String signerOnBehalf, String signerFor, String signerTitle, String signerName, String numbering,
		LocalDate documentSignedOn, String documentDate) {
}
