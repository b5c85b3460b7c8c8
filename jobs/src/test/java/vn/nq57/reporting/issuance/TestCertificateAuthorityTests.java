package vn.nq57.reporting.issuance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestCertificateAuthorityTests {

	@TempDir
	Path home;

	@Test
	void theTestAuthorityIsMadeOnceAndReused() throws Exception {
		Path pki = this.home.resolve("pki");
		TestCertificateAuthority first = TestCertificateAuthority.openOrCreate(pki);
		SigningKeySpec.Pkcs12 signer = first.personal("vu-quang-signer", "Trần Văn Trà", "Ủy ban nhân dân xã Vũ Quang");
		byte[] signerFile = Files.readAllBytes(signer.file());

		TestCertificateAuthority second = TestCertificateAuthority.openOrCreate(pki);
		SigningKeySpec.Pkcs12 again = second.personal("vu-quang-signer", "Trần Văn Trà", "Ủy ban nhân dân xã Vũ Quang");

		assertThat(second.rootCertificate()).isEqualTo(first.rootCertificate());
		assertThat(Files.readAllBytes(again.file())).as("the existing certificate is reused").isEqualTo(signerFile);
		assertThat(again.password()).isEqualTo(signer.password());
	}

	@Test
	void itsCertificatesSayTheyAreForTestsOnly() throws Exception {
		TestCertificateAuthority ca = TestCertificateAuthority.openOrCreate(this.home.resolve("pki"));
		try (SigningKey agency = SigningKey.open(ca.organisation("vu-quang-agency", "Ủy ban nhân dân xã Vũ Quang"))) {
			X509Certificate root = ca.rootCertificate();
			assertThat(CertificateNames.commonName(root)).isEqualTo(TestCertificateAuthority.ROOT_COMMON_NAME)
				.matches("\\p{ASCII}+");
			assertThat(root.getSubjectX500Principal().getName()).contains(TestCertificateAuthority.TEST_LABEL);
			assertThat(root.getBasicConstraints()).isGreaterThanOrEqualTo(0);
			assertThat(CertificateNames.commonName(agency.certificate())).isEqualTo("Ủy ban nhân dân xã Vũ Quang");
			assertThat(agency.certificate().getSubjectX500Principal().getName())
				.contains("THỬ NGHIỆM - KHÔNG DÙNG CHO VĂN BẢN THẬT");
			assertThat(agency.certificate().getBasicConstraints()).as("not a CA").isEqualTo(-1);
			assertThat(agency.certificate().getKeyUsage()[1]).as("non-repudiation").isTrue();
			assertThat(agency.chain()).containsExactly(agency.certificate(), root);
			// the chain validates up to the test root
			PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
			parameters.setRevocationEnabled(false);
			CertPathValidator.getInstance("PKIX")
				.validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(agency.certificate())),
						parameters);
		}
		assertThat(Files.readString(ca.folder().resolve("README.txt"))).contains("KHÔNG DÙNG CHO VĂN BẢN THẬT");
	}

	@Test
	void theDemoPasswordIsReadableByItsOwnerOnly() throws Exception {
		TestCertificateAuthority ca = TestCertificateAuthority.openOrCreate(this.home.resolve("pki"));
		Path password = ca.folder().resolve(TestCertificateAuthority.PASSWORD_FILE);
		SigningKeySpec.Pkcs12 signer = ca.personal("a-signer", "Nguyễn Văn A", "Ủy ban nhân dân xã A");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(signer.file()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ca.folder()))).isEqualTo("rwx------");
		assertThat(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(32)
			.isEqualTo(new String(signer.password()));
	}

	@Test
	void aRenamedSignerGetsANewCertificate() throws Exception {
		TestCertificateAuthority ca = TestCertificateAuthority.openOrCreate(this.home.resolve("pki"));
		ca.personal("x-signer", "Nguyễn Văn A", "Ủy ban nhân dân xã X");

		try (SigningKey renamed = SigningKey.open(ca.personal("x-signer", "Lê Thị B", "Ủy ban nhân dân xã X"))) {
			assertThat(CertificateNames.commonName(renamed.certificate())).isEqualTo("Lê Thị B");
		}
	}

	@Test
	void theResolverUsesTheTestAuthorityOnlyWhenAskedTo() {
		SigningSettings demo = new SigningSettings(true, this.home.resolve("pki"), null, null, null);
		SigningKeyResolver.Keys keys = new SigningKeyResolver(demo, Map.<String, String>of()::get).resolve("VU-QUANG",
				"Trần Văn Trà", "Ủy ban nhân dân xã Vũ Quang");
		assertThat(((SigningKeySpec.Pkcs12) keys.signer()).file().getFileName()).hasToString("vu-quang-signer.p12");
		assertThat(((SigningKeySpec.Pkcs12) keys.agency()).file().getFileName()).hasToString("vu-quang-agency.p12");

		SigningSettings real = new SigningSettings(false, this.home.resolve("pki"), null,
				new SigningSettings.Key(Path.of("/etc/nq57/signer.p12"), null, null, null),
				new SigningSettings.Key(null, Path.of("/usr/lib/libtoken.so"), 1, "agency"));
		assertThatThrownBy(
				() -> new SigningKeyResolver(real, Map.<String, String>of()::get).resolve("VU-QUANG", "x", "y"))
			.hasMessageContaining(SigningKeyResolver.SIGNER_PASSWORD);
		SigningKeyResolver.Keys configured = new SigningKeyResolver(real,
				Map.of(SigningKeyResolver.SIGNER_PASSWORD, "s3cret", SigningKeyResolver.AGENCY_PASSWORD, "1234")::get)
			.resolve("VU-QUANG", "x", "y");
		assertThat(configured.signer()).isInstanceOf(SigningKeySpec.Pkcs12.class);
		assertThat(((SigningKeySpec.Pkcs11) configured.agency()).slot()).isEqualTo(1);
		assertThat(configured.agency().alias()).isEqualTo("agency");
		assertThat(configured.agency().toString()).doesNotContain("1234");

		SigningSettings none = new SigningSettings(false, this.home.resolve("pki"), null, null, null);
		assertThatThrownBy(() -> new SigningKeyResolver(none, Map.<String, String>of()::get).resolve("A", "x", "y"))
			.hasMessageContaining("reports.signing.signer.pkcs12");
	}

	@Test
	void aWrongPasswordIsReportedWithoutTheSecret() {
		TestCertificateAuthority ca = TestCertificateAuthority.openOrCreate(this.home.resolve("pki"));
		SigningKeySpec.Pkcs12 signer = ca.personal("b-signer", "Nguyễn Văn B", "Ủy ban nhân dân xã B");
		SigningKeySpec.Pkcs12 wrong = new SigningKeySpec.Pkcs12(signer.file(), null, "not-the-password".toCharArray());

		assertThatThrownBy(() -> SigningKey.open(wrong)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("b-signer.p12")
			.message()
			.doesNotContain("not-the-password");
	}

}
