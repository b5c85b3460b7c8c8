package vn.nq57.reporting.issuance;

import java.time.OffsetDateTime;

/**
 * What {@link IssuedPdfSigner} applied.
 *
 * @param level PAdES-BASELINE-B, or PAdES-BASELINE-T with a timestamp server
 * @param signerName the name on the person's appearance
 * @param signedBySigner when the person signed (Asia/Ho_Chi_Minh)
 * @param agencyName the name on the agency's appearance
 * @param signedByAgency when the agency signed
 */
public record IssuedSignatures(String level, String signerName, OffsetDateTime signedBySigner, String agencyName,
		OffsetDateTime signedByAgency) {

}
