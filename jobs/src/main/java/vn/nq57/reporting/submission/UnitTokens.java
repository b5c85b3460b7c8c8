package vn.nq57.reporting.submission;

import java.time.Clock;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.archive.Sha256;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * Issues and checks the bearer tokens units' systems report with. A token is 256 random
 * bits, shown once; only its SHA-256 is stored (a fast hash is enough for random tokens
 * of that strength, unlike passwords).
 */
@Service
public class UnitTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UnitTokenMapper tokens;

	private final CatalogMapper catalog;

	private final Clock clock;

	public UnitTokens(UnitTokenMapper tokens, CatalogMapper catalog, Clock clock) {
		this.clock = clock;
		this.tokens = tokens;
		this.catalog = catalog;
	}

	/** A newly issued token: the only time its text is available. */
	public record Issued(long id, String token) {
	}

	public Issued issue(String planCode, String unitCode, String label) {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã " + planCode);
		}
		boolean known = this.catalog.findUnits(plan.id())
			.stream()
			.anyMatch(u -> u.code().equals(unitCode) && !"group".equals(u.kind()));
		if (!known) {
			throw new IllegalArgumentException("Kế hoạch " + planCode + " không có đơn vị mã " + unitCode);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "nq57_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		GeneratedKey key = new GeneratedKey();
		this.tokens.insertToken(planCode, unitCode, hash(token), label, LocalDateTime.now(this.clock), key);
		return new Issued(key.getId(), token);
	}

	public Optional<UnitCredential> check(String token) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.tokens.findActive(hash(token)));
	}

	public boolean revoke(long id) {
		return this.tokens.revoke(id, LocalDateTime.now(this.clock)) == 1;
	}

	static String hash(String token) {
		return Sha256.of(token);
	}

}
