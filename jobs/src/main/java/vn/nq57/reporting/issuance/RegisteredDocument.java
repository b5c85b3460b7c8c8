package vn.nq57.reporting.issuance;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A line of the register of outgoing documents: the number an issuer gave in a year, and
 * to what.
 *
 * @param printedNumber as the document prints it, e.g. "Số: 05/BC-UBND"
 * @param issuedOn the date of issue printed on the document
 * @param issuedAt when the number was taken (Asia/Ho_Chi_Minh)
 * @param issuedBy the user who issued it
 */
public record RegisteredDocument(String issuer, int year, int number, String symbol, String printedNumber,
		long reportRunId, LocalDate issuedOn, LocalDateTime issuedAt, String issuedBy) {

}
