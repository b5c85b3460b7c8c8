package vn.nq57.reporting.issuance;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The two digital signatures an issued document carries (Decree 30/2020/NĐ-CP, Art. 8 and
 * Appendix I, part II): the person with authority's, then the agency's, which stands for
 * its seal.
 *
 * @param signer the person with authority, or null for the agency's signature alone
 * @param location where the document is issued, e.g. "Vũ Quang, Hà Tĩnh" (the signatures'
 * /Location)
 */
public record SignatureRequest(Party signer, Party agency, String location) {

	public SignatureRequest {
		Objects.requireNonNull(agency, "agency");
	}

	/**
	 * One signature.
	 *
	 * @param key where the key is
	 * @param placement the area of the page its appearance is centred in
	 * @param displayName the name the appearance shows; null for the certificate's own
	 * (the person's common name, the agency's organisation)
	 * @param image a PNG for the appearance, or null for text only: for the person, the
	 * handwritten signature in blue on a transparent background; for the agency, its seal
	 * in red at real size (Decree 30, Appendix I, part II)
	 */
	public record Party(SigningKeySpec key, Placement placement, String displayName, Path image) {

		public Party {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(placement, "placement");
		}

		public Party(SigningKeySpec key, Placement placement) {
			this(key, placement, null, null);
		}

	}

}
