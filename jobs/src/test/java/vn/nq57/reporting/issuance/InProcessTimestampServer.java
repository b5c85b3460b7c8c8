package vn.nq57.reporting.issuance;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 timestamp server on the loopback interface, its certificate issued by the
 * test authority: what a configured timestamp server does, without the network.
 */
final class InProcessTimestampServer implements AutoCloseable {

	private final HttpServer server;

	private final AtomicLong served = new AtomicLong();

	private InProcessTimestampServer(HttpServer server) {
		this.server = server;
	}

	static InProcessTimestampServer start(TestCertificateAuthority ca) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair keys = generator.generateKeyPair();
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
				new JcaX509CertificateHolder(ca.rootCertificate()).getSubject(), BigInteger.valueOf(now.toEpochMilli()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
				TestCertificateAuthority.name("NQ57 TEST TSA", "NQ57 reporting"), keys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
		builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
		X509Certificate certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.rootKey())));

		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
				new JcaDigestCalculatorProviderBuilder().build()
					.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
				new ASN1ObjectIdentifier("1.3.6.1.4.1.57.1"));
		tokens.addCertificates(new JcaCertStore(List.of(certificate, ca.rootCertificate())));
		TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);

		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		InProcessTimestampServer tsa = new InProcessTimestampServer(server);
		server.createContext("/tsa", exchange -> {
			try {
				TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
				byte[] body = responses.generate(request, BigInteger.valueOf(tsa.served.incrementAndGet()), new Date())
					.getEncoded();
				exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
			catch (Exception ex) {
				exchange.sendResponseHeaders(500, -1);
				throw new IOException(ex);
			}
			finally {
				exchange.close();
			}
		});
		server.start();
		return tsa;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/tsa";
	}

	long served() {
		return this.served.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
