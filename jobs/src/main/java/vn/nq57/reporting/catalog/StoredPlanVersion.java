package vn.nq57.reporting.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stored version of a plan, with the header facts its documents print.
 *
 * @param numbering state ("Số: 12/BC-UBND") or party ("Số 12-BC/ĐU")
 * @param periodEnd the end of the plan's own period where the catalog gives it
 * @param documentSignedOn the day the plan was signed where the source shows it
 */
public record StoredPlanVersion(long id, long planId, String planCode, int version, String contentSha256,
		String sourceFile, String title, String issuerParent, String issuerName, String issuerShort,
		String documentPrefix, String place, String province, String localityKind, String localityName,
		String planPeriod, String reportRecipient, String consolidatingUnit, String signerOnBehalf, String signerFor,
		String signerTitle, String signerName, String milestones, LocalDateTime importedAt, String numbering,
		String periodEnd, LocalDate documentSignedOn) {
}
