package vn.nq57.reporting.issuance;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signing settings ({@code reports.signing.*}). Passwords and PINs are not settings: they
 * come from the environment only ({@link SigningKeyResolver#SIGNER_PASSWORD},
 * {@link SigningKeyResolver#AGENCY_PASSWORD}).
 *
 * @param testCa sign with the TEST certificate authority under {@code pkiFolder} (the
 * demo); never for real documents
 * @param pkiFolder where the test authority lives, {@code ${reports.home}/pki}
 * @param timestampUrl an RFC 3161 timestamp server: PAdES-BASELINE-T; empty for
 * PAdES-BASELINE-B
 * @param signer the person with authority's key
 * @param agency the agency's key (its organisation certificate)
 */
@ConfigurationProperties("reports.signing")
public record SigningSettings(boolean testCa, Path pkiFolder, String timestampUrl, Key signer, Key agency) {

	public SigningSettings {
		if (pkiFolder == null) {
			pkiFolder = Path.of("data/pki");
		}
		if (signer == null) {
			signer = new Key(null, null, null, null);
		}
		if (agency == null) {
			agency = new Key(null, null, null, null);
		}
	}

	/**
	 * One key: a PKCS#12 file, or a PKCS#11 token's library (and slot).
	 *
	 * @param pkcs12 the .p12/.pfx file
	 * @param pkcs11Library the token vendor's PKCS#11 library
	 * @param pkcs11Slot the token's slot id; empty for the first
	 * @param alias the key's alias; empty when the file or token holds one key
	 */
	public record Key(Path pkcs12, Path pkcs11Library, Integer pkcs11Slot, String alias) {

		boolean configured() {
			return this.pkcs12 != null || this.pkcs11Library != null;
		}

	}

}
