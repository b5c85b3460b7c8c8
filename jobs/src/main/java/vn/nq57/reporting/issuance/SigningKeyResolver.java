package vn.nq57.reporting.issuance;

import java.util.function.Function;

/**
 * Turns the signing settings and the environment into the two keys an issuance signs
 * with: the configured PKCS#12 files or PKCS#11 tokens, their password or PIN read from
 * the environment only; or, for the demo, certificates of the TEST authority made for the
 * issuer.
 */
public final class SigningKeyResolver {

	/** The person with authority's PKCS#12 password or PKCS#11 PIN. */
	public static final String SIGNER_PASSWORD = "REPORTS_SIGNING_SIGNER_PASSWORD";

	/** The agency's PKCS#12 password or PKCS#11 PIN. */
	public static final String AGENCY_PASSWORD = "REPORTS_SIGNING_AGENCY_PASSWORD";

	private final SigningSettings settings;

	private final Function<String, String> environment;

	/**
	 * @param environment looks up an environment variable ({@code System::getenv})
	 */
	public SigningKeyResolver(SigningSettings settings, Function<String, String> environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/** The two keys. */
	public record Keys(SigningKeySpec signer, SigningKeySpec agency) {

	}

	/**
	 * @param issuerId the issuer's register code (e.g. the plan code), for the test
	 * authority's file names
	 * @param signerName the person with authority, as the catalog names them (test
	 * authority only)
	 * @param agencyName the agency, in lower case as Decree 30 prints it, e.g. "Ủy ban
	 * nhân dân xã Vũ Quang" (test authority only)
	 * @throws IllegalStateException naming the missing setting or environment variable
	 */
	public Keys resolve(String issuerId, String signerName, String agencyName) {
		if (this.settings.testCa()) {
			TestCertificateAuthority ca = TestCertificateAuthority.openOrCreate(this.settings.pkiFolder());
			String stem = issuerId.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			return new Keys(ca.personal(stem + "-signer", signerName, agencyName),
					ca.organisation(stem + "-agency", agencyName));
		}
		return new Keys(key("signer", this.settings.signer(), SIGNER_PASSWORD),
				key("agency", this.settings.agency(), AGENCY_PASSWORD));
	}

	private SigningKeySpec key(String role, SigningSettings.Key key, String passwordVariable) {
		if (!key.configured()) {
			throw new IllegalStateException("Chưa cấu hình khóa ký: đặt reports.signing." + role
					+ ".pkcs12 (tệp PKCS#12) hoặc reports.signing." + role
					+ ".pkcs11-library (thiết bị PKCS#11), hoặc bật reports.signing.test-ca=true để chạy thử.");
		}
		if (key.pkcs12() != null && key.pkcs11Library() != null) {
			throw new IllegalStateException("Khóa ký reports.signing." + role
					+ " chỉ được cấu hình một nơi: pkcs12 hoặc pkcs11-library, không cả hai.");
		}
		String password = this.environment.apply(passwordVariable);
		if (password == null || password.isEmpty()) {
			throw new IllegalStateException("Thiếu biến môi trường " + passwordVariable
					+ " (mật khẩu hoặc PIN của khóa " + role + "): mật khẩu chỉ được lấy từ biến môi trường.");
		}
		String alias = (key.alias() == null || key.alias().isBlank()) ? null : key.alias().strip();
		return (key.pkcs12() != null) ? new SigningKeySpec.Pkcs12(key.pkcs12(), alias, password.toCharArray())
				: new SigningKeySpec.Pkcs11(key.pkcs11Library(), key.pkcs11Slot(), alias, password.toCharArray());
	}

}
