package vn.nq57.reporting.console;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.nq57.reporting.system.FreshSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password-guessing drill of RELIABILITY.md, against the real server as deployed
 * (default settings, no proxy): 200 wrong passwords on /api/runs from one address (each
 * with a made-up X-Forwarded-For, which must change nothing), then 200 from 200
 * addresses; the right password during the lock is refused, and accepted once an
 * administrator unlocks the account. Prints its figures. Its addresses are not 127.0.0.1,
 * which other tests sharing this server sign in from.
 */
@Tag("database")
@Tag("faults")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
@ActiveProfiles("test")
@Import(FreshSchema.class)
@ExtendWith(OutputCaptureExtension.class)
class PasswordGuessingDrillTests {

	private static final String PASSWORD = "mật-khẩu-của-người-dùng";

	private static final int ATTEMPTS = 200;

	@LocalServerPort
	int port;

	@Autowired
	ConsoleUsers users;

	@Test
	void guessingFromOneAddressIsCutOffAndTheAccountLocks(CapturedOutput output) throws Exception {
		this.users.save("doan-mot-may", PASSWORD.toCharArray(), "VIEWER", null, null);
		HttpFromAddress http = new HttpFromAddress(this.port);

		Map<Integer, Integer> statuses = new TreeMap<>();
		long start = System.nanoTime();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			int status = http
				.send("127.0.0.5", "GET", "/api/runs", "Authorization",
						HttpFromAddress.basic("doan-mot-may", "doan-" + attempt), "X-Forwarded-For",
						"198.51.100." + attempt)
				.status();
			statuses.merge(status, 1, Integer::sum);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		long checked = count(output, "Đăng nhập sai: «doan-mot-may»");
		long refusedLocked = count(output, "Từ chối đăng nhập của «doan-mot-may»");
		int rightFromSameAddress = http
			.send("127.0.0.5", "GET", "/api/runs", "Authorization", HttpFromAddress.basic("doan-mot-may", PASSWORD))
			.status();
		int rightFromElsewhere = http
			.send("127.0.0.9", "GET", "/api/runs", "Authorization", HttpFromAddress.basic("doan-mot-may", PASSWORD))
			.status();
		System.out.printf("DRILL sign-in, one address: %d wrong in %d ms: %s (%d passwords checked, %d refused as"
				+ " locked, the rest refused for the address); right password then: %d from the same address, %d from"
				+ " another%n", ATTEMPTS, millis, statuses, checked, refusedLocked, rightFromSameAddress,
				rightFromElsewhere);

		assertThat(statuses).doesNotContainKey(200);
		assertThat(statuses.getOrDefault(401, 0)).isBetween(5, 20);
		assertThat(statuses.get(429)).isEqualTo(ATTEMPTS - statuses.get(401));
		assertThat(rightFromSameAddress).isEqualTo(429);
		assertThat(rightFromElsewhere).isEqualTo(401);
		assertThat(checked).isEqualTo(5);
		assertThat(refusedLocked).isEqualTo(statuses.get(401) - 5);
	}

	@Test
	void guessingFromManyAddressesLocksTheAccountUntilAnAdministratorUnlocksIt(CapturedOutput output) throws Exception {
		this.users.save("doan-nhieu-may", PASSWORD.toCharArray(), "VIEWER", null, null);
		HttpFromAddress http = new HttpFromAddress(this.port);

		Map<Integer, Integer> statuses = new TreeMap<>();
		long start = System.nanoTime();
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String address = "127.0." + (10 + attempt / 250) + "." + (1 + attempt % 250);
			int status = http
				.send(address, "GET", "/api/runs", "Authorization",
						HttpFromAddress.basic("doan-nhieu-may", "doan-" + attempt))
				.status();
			statuses.merge(status, 1, Integer::sum);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		int rightDuringLock = http
			.send("127.0.20.1", "GET", "/api/runs", "Authorization", HttpFromAddress.basic("doan-nhieu-may", PASSWORD))
			.status();
		this.users.unlock("doan-nhieu-may");
		int rightAfterUnlock = http
			.send("127.0.20.1", "GET", "/api/runs", "Authorization", HttpFromAddress.basic("doan-nhieu-may", PASSWORD))
			.status();
		long checked = count(output, "Đăng nhập sai: «doan-nhieu-may»");
		System.out.printf(
				"DRILL sign-in, %d addresses: %d wrong in %d ms: %s (%d passwords checked); right password"
						+ " during the lock: %d, after an administrator's unlock: %d%n",
				ATTEMPTS, ATTEMPTS, millis, statuses, checked, rightDuringLock, rightAfterUnlock);

		assertThat(statuses).containsOnlyKeys(401);
		assertThat(checked).isEqualTo(5);
		assertThat(rightDuringLock).isEqualTo(401);
		assertThat(rightAfterUnlock).isEqualTo(200);
	}

	private static long count(CapturedOutput output, String text) {
		return (output.getOut() + output.getErr()).lines().filter(line -> line.contains(text)).count();
	}

}
