package vn.nq57.reporting.issuance;

import java.io.IOException;
import java.nio.file.Files;
import java.security.KeyStore.PasswordProtection;
import java.security.cert.X509Certificate;
import java.util.List;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;

/**
 * An opened signing key: the token (file or device) and the key entry in it, with its
 * certificate chain. Close it to log out of a PKCS#11 token.
 */
public final class SigningKey implements AutoCloseable {

	private final AbstractKeyStoreTokenConnection token;

	private final DSSPrivateKeyEntry entry;

	private final String description;

	private SigningKey(AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry entry, String description) {
		this.token = token;
		this.entry = entry;
		this.description = description;
	}

	/**
	 * Opens the key a spec names.
	 * @throws IllegalArgumentException with a Vietnamese message when the file, token,
	 * password or alias is wrong
	 */
	public static SigningKey open(SigningKeySpec spec) {
		AbstractKeyStoreTokenConnection token = null;
		try {
			if (spec instanceof SigningKeySpec.Pkcs12 p12) {
				if (!Files.isReadable(p12.file())) {
					throw new IllegalArgumentException("Không đọc được " + spec.describe());
				}
				token = new Pkcs12SignatureToken(p12.file().toFile(), new PasswordProtection(p12.password()));
			}
			else {
				SigningKeySpec.Pkcs11 p11 = (SigningKeySpec.Pkcs11) spec;
				token = (p11.slot() != null)
						? new Pkcs11SignatureToken(p11.library().toString(), new PasswordProtection(p11.pin()),
								p11.slot())
						: new Pkcs11SignatureToken(p11.library().toString(), new PasswordProtection(p11.pin()));
			}
			DSSPrivateKeyEntry entry = select(token, spec);
			return new SigningKey(token, entry, spec.describe());
		}
		catch (DSSException | IOException ex) {
			if (token != null) {
				token.close();
			}
			throw new IllegalArgumentException("Không mở được khóa ký trong " + spec.describe() + ": " + rootMessage(ex)
					+ " (kiểm tra mật khẩu/PIN trong biến môi trường và bí danh khóa)", ex);
		}
		catch (RuntimeException ex) {
			if (token != null) {
				token.close();
			}
			throw ex;
		}
	}

	private static DSSPrivateKeyEntry select(AbstractKeyStoreTokenConnection token, SigningKeySpec spec) {
		if (spec.alias() != null) {
			DSSPrivateKeyEntry entry = token.getKey(spec.alias());
			if (entry == null) {
				throw new IllegalArgumentException(
						"Không có khóa bí danh «" + spec.alias() + "» trong " + spec.describe());
			}
			return entry;
		}
		List<DSSPrivateKeyEntry> keys = token.getKeys();
		if (keys.size() != 1) {
			throw new IllegalArgumentException(
					spec.describe() + " có " + keys.size() + " khóa: hãy cấu hình bí danh (alias) của khóa dùng để ký");
		}
		return keys.get(0);
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	AbstractKeyStoreTokenConnection token() {
		return this.token;
	}

	DSSPrivateKeyEntry entry() {
		return this.entry;
	}

	public X509Certificate certificate() {
		return this.entry.getCertificate().getCertificate();
	}

	public List<X509Certificate> chain() {
		return List.of(this.entry.getCertificateChain()).stream().map(CertificateToken::getCertificate).toList();
	}

	public String description() {
		return this.description;
	}

	@Override
	public void close() {
		this.token.close();
	}

}
