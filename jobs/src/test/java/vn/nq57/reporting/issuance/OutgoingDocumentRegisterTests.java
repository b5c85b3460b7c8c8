package vn.nq57.reporting.issuance;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.system.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register of outgoing documents on a real MariaDB: each thread issues in its own
 * transaction on its own connection, as two nodes would.
 */
@DatabaseTest
class OutgoingDocumentRegisterTests {

	static final LocalDateTime MAY_2026 = LocalDateTime.of(2026, 5, 27, 9, 30);

	@Autowired
	OutgoingDocumentRegister register;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoNodesIssuingForOneIssuerAtOnceNeverShareOrSkipANumber() throws Exception {
		String issuer = newIssuer();

		List<List<Integer>> taken = concurrently(issuingFifty(issuer, 1_000), issuingFifty(issuer, 2_000));

		assertThat(taken.get(0)).hasSize(50).doesNotContainAnyElementsOf(taken.get(1));
		assertThat(taken.get(1)).hasSize(50);
		assertThat(numbers(issuer, 2026)).as("1 to 100, each once").containsExactlyElementsOf(range(1, 100));
		// each node's own numbers rise: it waited for the other's lock, never took a
		// later one early
		assertThat(taken.get(0)).isSorted();
		assertThat(taken.get(1)).isSorted();
	}

	@Test
	void twoIssuersIssuingAtOnceCountIndependently() throws Exception {
		String first = newIssuer();
		String second = newIssuer();

		List<List<Integer>> taken = concurrently(issuingFifty(first, 3_000), issuingFifty(second, 4_000));

		assertThat(taken.get(0)).containsExactlyElementsOf(range(1, 50));
		assertThat(taken.get(1)).containsExactlyElementsOf(range(1, 50));
		assertThat(numbers(first, 2026)).containsExactlyElementsOf(range(1, 50));
		assertThat(numbers(second, 2026)).containsExactlyElementsOf(range(1, 50));
	}

	@Test
	void aRolledBackIssuanceGivesItsNumberBack() {
		String issuer = newIssuer();
		assertThat(issue(issuer, 5_001, MAY_2026).number()).isEqualTo(1);

		assertThatThrownBy(() -> inTransaction(() -> {
			assertThat(this.register.take(issueOf(issuer, 5_002, MAY_2026)).number()).isEqualTo(2);
			throw new IllegalStateException("signing failed");
		})).hasMessage("signing failed");

		RegisteredDocument next = issue(issuer, 5_003, MAY_2026);
		assertThat(next.number()).as("the number given back is given again").isEqualTo(2);
		assertThat(numbers(issuer, 2026)).containsExactly(1, 2);
		assertThat(this.register.findByRun(5_002)).as("the rolled-back issuance left nothing").isEmpty();
		assertThat(this.register.findByRun(5_003)).contains(next);
	}

	@Test
	void aReportVersionIsGivenOneNumberOnly() {
		String issuer = newIssuer();
		issue(issuer, 6_001, MAY_2026);

		assertThatThrownBy(() -> issue(issuer, 6_001, MAY_2026)).isInstanceOf(DuplicateKeyException.class);

		assertThat(issue(issuer, 6_002, MAY_2026).number()).as("the refused issuance skipped nothing").isEqualTo(2);
	}

	@Test
	void numbersStartAgainAtOneEachCalendarYear() {
		String issuer = newIssuer();
		issue(issuer, 7_001, LocalDateTime.of(2026, 12, 31, 23, 59));
		issue(issuer, 7_002, LocalDateTime.of(2026, 12, 31, 23, 59, 30));

		RegisteredDocument january = issue(issuer, 7_003, LocalDateTime.of(2027, 1, 1, 0, 1));

		assertThat(january.number()).isEqualTo(1);
		assertThat(january.year()).isEqualTo(2027);
		assertThat(numbers(issuer, 2026)).containsExactly(1, 2);
	}

	@Test
	void theRegisterRecordsWhatEachNumberWasGivenTo() {
		String issuer = newIssuer();
		LocalDateTime at = LocalDateTime.of(2026, 1, 5, 8, 15, 30);

		RegisteredDocument taken = issue(issuer, 8_001, at);

		assertThat(this.register.list(issuer, 2026)).containsExactly(taken);
		assertThat(taken.printedNumber()).isEqualTo("Số: 01/BC-UBND");
		assertThat(taken.reportRunId()).isEqualTo(8_001);
		assertThat(taken.issuedAt()).isEqualTo(at);
		assertThat(taken.issuedOn()).isEqualTo(at.toLocalDate());
		assertThat(taken.issuedBy()).isEqualTo("chu-tich");
	}

	@Test
	void aNumberIsTakenOnlyInsideTheIssuingTransaction() {
		assertThatThrownBy(() -> this.register.take(issueOf(newIssuer(), 9_001, MAY_2026)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	private Callable<List<Integer>> issuingFifty(String issuer, long firstRun) {
		return () -> {
			List<Integer> numbers = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				numbers.add(issue(issuer, firstRun + i, MAY_2026).number());
			}
			return numbers;
		};
	}

	/** Runs both at once, from a common start. */
	private static List<List<Integer>> concurrently(Callable<List<Integer>> first, Callable<List<Integer>> second)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<Integer>>> futures = new ArrayList<>();
			for (Callable<List<Integer>> task : List.of(first, second)) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<List<Integer>> results = new ArrayList<>();
			for (Future<List<Integer>> future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private RegisteredDocument issue(String issuer, long run, LocalDateTime at) {
		return inTransaction(() -> this.register.take(issueOf(issuer, run, at)));
	}

	private <T> T inTransaction(Callable<T> work) {
		return new TransactionTemplate(this.transactions).execute(status -> {
			try {
				return work.call();
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static OutgoingDocumentRegister.Issue issueOf(String issuer, long run, LocalDateTime at) {
		return new OutgoingDocumentRegister.Issue(issuer, "BC-UBND", DocumentNumberStyle.STATE, run, at, "chu-tich");
	}

	private List<Integer> numbers(String issuer, int year) {
		return this.register.list(issuer, year).stream().map(RegisteredDocument::number).toList();
	}

	private static List<Integer> range(int from, int to) {
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	private static String newIssuer() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
