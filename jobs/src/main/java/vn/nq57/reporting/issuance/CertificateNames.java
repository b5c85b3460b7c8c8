package vn.nq57.reporting.issuance;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/** Names in a certificate's subject, as a signature's appearance shows them. */
final class CertificateNames {

	private CertificateNames() {
	}

	static String commonName(X509Certificate certificate) {
		return attribute(certificate, BCStyle.CN);
	}

	/** The organisation (O), or null. */
	static String organisation(X509Certificate certificate) {
		return attribute(certificate, BCStyle.O);
	}

	private static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
		try {
			RDN[] rdns = new JcaX509CertificateHolder(certificate).getSubject().getRDNs(type);
			return (rdns.length > 0) ? IETFUtils.valueToString(rdns[0].getFirst().getValue()) : null;
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalArgumentException("Chứng thư không đọc được: " + ex.getMessage(), ex);
		}
	}

}
