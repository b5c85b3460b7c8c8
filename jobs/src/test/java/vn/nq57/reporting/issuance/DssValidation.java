package vn.nq57.reporting.issuance;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/** EU DSS's own validation of a signed PDF, offline, trusting one root. */
final class DssValidation {

	private DssValidation() {
	}

	static Reports validate(Path pdf, X509Certificate trustedRoot) {
		CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
		trusted.addCertificate(new CertificateToken(trustedRoot));
		CommonCertificateVerifier verifier = new CommonCertificateVerifier();
		verifier.setTrustedCertSources(trusted);
		// offline: nothing is fetched (the test authority publishes no revocation data)
		verifier.setAIASource(null);
		verifier.setOcspSource(null);
		verifier.setCrlSource(null);
		SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(pdf.toFile()));
		validator.setCertificateVerifier(verifier);
		return validator.validateDocument();
	}

}
