package vn.nq57.reporting.issuance;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority FOR TESTS AND THE DEMO ONLY, made at first start under
 * {@code ${reports.home}/pki/}: a root "NQ57 TEST CA - KHONG DUNG CHO VAN BAN THAT" and,
 * on request, a personal certificate for a signer and an organisation certificate for an
 * agency, each in a PKCS#12 file. Every name carries the label "THỬ NGHIỆM - KHÔNG DÙNG
 * CHO VĂN BẢN THẬT"; nobody trusts this root but whoever imports it on purpose.
 * <p>
 * The PKCS#12 files share one generated password, kept in {@code pki/password} readable
 * by the owner only (mode 0600): acceptable for throw-away demo keys, never for real
 * ones, whose password comes from the environment. An existing authority and existing
 * certificates are reused; creation holds a file lock, so two processes starting at once
 * make one authority.
 */
public final class TestCertificateAuthority {

	/** The root's common name: ASCII, so that every tool prints it intact. */
	public static final String ROOT_COMMON_NAME = "NQ57 TEST CA - KHONG DUNG CHO VAN BAN THAT";

	/**
	 * The Vietnamese label in every certificate of this authority (organisational unit).
	 */
	public static final String TEST_LABEL = "Chứng thư THỬ NGHIỆM - KHÔNG DÙNG CHO VĂN BẢN THẬT";

	static final String ROOT_FILE = "ca.p12";

	static final String ROOT_PEM = "ca.pem";

	static final String PASSWORD_FILE = "password";

	private static final String ROOT_ALIAS = "ca";

	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

	private static final Duration ROOT_VALIDITY = Duration.ofDays(3650);

	private static final Duration LEAF_VALIDITY = Duration.ofDays(3 * 365);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path folder;

	private final char[] password;

	private final PrivateKey rootKey;

	private final X509Certificate root;

	private TestCertificateAuthority(Path folder, char[] password, PrivateKey rootKey, X509Certificate root) {
		this.folder = folder;
		this.password = password;
		this.rootKey = rootKey;
		this.root = root;
	}

	/**
	 * The authority in a folder: loaded when it exists, made otherwise.
	 */
	public static TestCertificateAuthority openOrCreate(Path folder) {
		try {
			Files.createDirectories(folder);
			restrictToOwner(folder, "rwx------");
			return underLock(folder, () -> {
				Path rootFile = folder.resolve(ROOT_FILE);
				if (Files.exists(rootFile)) {
					char[] password = readPassword(folder);
					KeyStore store = load(rootFile, password);
					return new TestCertificateAuthority(folder, password,
							(PrivateKey) store.getKey(ROOT_ALIAS, password),
							(X509Certificate) store.getCertificate(ROOT_ALIAS));
				}
				return create(folder);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Không tạo được thư mục chứng thư thử nghiệm " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A personal certificate for a person with authority to sign (reused when it exists
	 * for the same name).
	 * @param id file name stem: lower-case letters, digits and hyphens
	 */
	public SigningKeySpec.Pkcs12 personal(String id, String personName, String organisation) {
		X500Name subject = name(personName, organisation);
		return leaf(id, subject);
	}

	/**
	 * An organisation certificate for an agency's own signature, the one that stands for
	 * its seal (reused when it exists for the same name).
	 */
	public SigningKeySpec.Pkcs12 organisation(String id, String organisationName) {
		return leaf(id, name(organisationName, organisationName));
	}

	public X509Certificate rootCertificate() {
		return this.root;
	}

	/**
	 * The root certificate as PEM, to import where the demo's signatures should verify.
	 */
	public Path rootCertificatePem() {
		return this.folder.resolve(ROOT_PEM);
	}

	public Path folder() {
		return this.folder;
	}

	PrivateKey rootKey() {
		return this.rootKey;
	}

	char[] password() {
		return this.password.clone();
	}

	private SigningKeySpec.Pkcs12 leaf(String id, X500Name subject) {
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Mã chứng thư thử nghiệm không hợp lệ: «" + id + "»");
		}
		Path file = this.folder.resolve(id + ".p12");
		return underLock(this.folder, () -> {
			if (Files.exists(file)) {
				X509Certificate existing = (X509Certificate) load(file, this.password).getCertificate(id);
				if (existing != null && new JcaX509CertificateHolder(existing).getSubject().equals(subject)) {
					return new SigningKeySpec.Pkcs12(file, id, this.password.clone());
				}
			}
			KeyPair keys = newKeyPair();
			X509Certificate certificate = sign(subject, keys.getPublic());
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(id, keys.getPrivate(), this.password, new Certificate[] { certificate, this.root });
			writePrivate(file, store, this.password);
			return new SigningKeySpec.Pkcs12(file, id, this.password.clone());
		});
	}

	private static TestCertificateAuthority create(Path folder) throws Exception {
		char[] password = newPassword();
		Path passwordFile = folder.resolve(PASSWORD_FILE);
		Files.deleteIfExists(passwordFile);
		createPrivateFile(passwordFile);
		Files.writeString(passwordFile, new String(password) + "\n", StandardCharsets.UTF_8);
		KeyPair keys = newKeyPair();
		X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
			.addRDN(BCStyle.O, "NQ57 reporting")
			.addRDN(BCStyle.OU, TEST_LABEL)
			.addRDN(BCStyle.CN, ROOT_COMMON_NAME)
			.build();
		Instant now = Instant.now();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(rootName, serial(),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(ROOT_VALIDITY)), rootName,
				keys.getPublic());
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				extensions.createSubjectKeyIdentifier(keys.getPublic()));
		X509Certificate root = convert(builder.build(signer(keys.getPrivate())));
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry(ROOT_ALIAS, keys.getPrivate(), password, new Certificate[] { root });
		try (Writer out = Files.newBufferedWriter(folder.resolve(ROOT_PEM)); JcaPEMWriter pem = new JcaPEMWriter(out)) {
			pem.writeObject(root);
		}
		Files.writeString(folder.resolve("README.txt"), """
				CHỨNG THƯ SỐ THỬ NGHIỆM - KHÔNG DÙNG CHO VĂN BẢN THẬT
				Thư mục này do ứng dụng báo cáo NQ57 tạo ra để chạy thử (./reports demo).
				Chữ ký bằng các khóa ở đây không có giá trị pháp lý. Văn bản thật phải ký bằng chứng thư số
				do tổ chức cung cấp dịch vụ chứng thực chữ ký số cấp (xem docs/issuance.md).

				TEST CERTIFICATES - NEVER USE FOR REAL DOCUMENTS
				Made by the NQ57 reporting application for its demo. Signatures made with these keys have
				no legal value. Real documents are signed with certificates issued by a licensed
				certification authority (see docs/issuance.md).
				""", StandardCharsets.UTF_8);
		// the root's key is written last: its file existing means the authority is
		// complete
		writePrivate(folder.resolve(ROOT_FILE), store, password);
		return new TestCertificateAuthority(folder, password, keys.getPrivate(), root);
	}

	private X509Certificate sign(X500Name subject, PublicKey key) throws Exception {
		Instant now = Instant.now();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
				new JcaX509CertificateHolder(this.root).getSubject(), serial(),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(LEAF_VALIDITY)), subject, key);
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true,
				new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
		builder.addExtension(Extension.authorityKeyIdentifier, false,
				extensions.createAuthorityKeyIdentifier(this.root));
		return convert(builder.build(signer(this.rootKey)));
	}

	static X500Name name(String commonName, String organisation) {
		return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
			.addRDN(BCStyle.O, organisation)
			.addRDN(BCStyle.OU, TEST_LABEL)
			.addRDN(BCStyle.CN, commonName)
			.build();
	}

	private static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(3072, RANDOM);
		return generator.generateKeyPair();
	}

	private static BigInteger serial() {
		return new BigInteger(127, RANDOM).add(BigInteger.ONE);
	}

	private static org.bouncycastle.operator.ContentSigner signer(PrivateKey key) throws OperatorCreationException {
		return new JcaContentSignerBuilder("SHA256withRSA").build(key);
	}

	private static X509Certificate convert(X509CertificateHolder holder) throws GeneralSecurityException {
		return new JcaX509CertificateConverter().getCertificate(holder);
	}

	private static char[] newPassword() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
	}

	private static char[] readPassword(Path folder) throws IOException {
		Path file = folder.resolve(PASSWORD_FILE);
		if (!Files.exists(file)) {
			throw new IllegalStateException("Thiếu tệp mật khẩu " + file + " của CA thử nghiệm: xóa thư mục " + folder
					+ " để tạo lại CA thử nghiệm.");
		}
		return Files.readString(file, StandardCharsets.UTF_8).strip().toCharArray();
	}

	private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password);
		}
		return store;
	}

	private static void writePrivate(Path file, KeyStore store, char[] password)
			throws IOException, GeneralSecurityException {
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.deleteIfExists(temporary);
		createPrivateFile(temporary);
		try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
			store.store(out, password);
		}
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * An empty file only its owner can read and write (0600 where POSIX permissions
	 * exist).
	 */
	private static void createPrivateFile(Path file) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
	}

	private static void restrictToOwner(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system (Windows): the folder keeps its inherited
			// permissions
		}
	}

	@FunctionalInterface
	private interface Action<T> {

		T run() throws Exception;

	}

	/**
	 * One creator at a time: threads of this process (monitor), then processes (file
	 * lock).
	 */
	private static synchronized <T> T underLock(Path folder, Action<T> action) {
		Path lockFile = folder.resolve(".lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			return action.run();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(
					"Không tạo được chứng thư thử nghiệm trong " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
