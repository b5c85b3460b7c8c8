package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.Sha256;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.system.GeneratedKey;
import vn.nq57.reporting.system.MapperTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submissions' SQL: receipts kept first, versions per unit and period, values,
 * errors, accepted copies found by their SHA-256, and who reported on time, late or not
 * at all.
 */
@MapperTest
class SubmissionMapperTests {

	static final LocalDateTime DEADLINE = LocalDateTime.of(2031, 5, 20, 0, 0);

	@Autowired
	SubmissionMapper submissions;

	@Autowired
	PlanImporter importer;

	@Autowired
	CatalogMapper catalog;

	StoredPlanVersion plan;

	@BeforeEach
	void givenKienAn() {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.plan = this.catalog.findLatestVersion("KIEN-AN");
	}

	@Test
	void aReceiptIsKeptAsReceivedThenSaysWhatBecameOfIt() {
		byte[] bytes = "{\"values\":[]}".getBytes(StandardCharsets.UTF_8);
		long receipt = receipt(bytes);

		StoredReceipt received = this.submissions.findReceipt(receipt);
		assertThat(received.status()).isEqualTo("RECEIVED");
		assertThat(received.payload()).isEqualTo(bytes);
		assertThat(received.sha256()).isEqualTo(Sha256.of(bytes));

		this.submissions.insertError(receipt, 1, "NOT_A_NUMBER", "values[0].value", "Giá trị «1e400» không phải số.");
		this.submissions.updateReceipt(receipt, "REJECTED", "KIEN-AN", "CA", "MONTHLY", "2031-05", null, null);
		assertThat(this.submissions.findReceipt(receipt).status()).isEqualTo("REJECTED");
		assertThat(this.submissions.findErrors(receipt)).extracting(StoredError::code).containsExactly("NOT_A_NUMBER");
	}

	@Test
	void versionsOfAUnitsPeriodFollowEachOtherAndTheSameBytesAreFoundAgain() {
		byte[] bytes = "ca 2031-05".getBytes(StandardCharsets.UTF_8);
		long first = accepted("CA", "2031-05", LocalDateTime.of(2031, 5, 16, 9, 0), bytes);
		long second = accepted("CA", "2031-05", LocalDateTime.of(2031, 5, 21, 9, 0),
				"ca 2031-05 bis".getBytes(StandardCharsets.UTF_8));

		assertThat(this.submissions.findVersions("KIEN-AN", "CA", "MONTHLY", "2031-05"))
			.extracting(StoredSubmission::id, StoredSubmission::version)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(second, 2),
					org.assertj.core.groups.Tuple.tuple(first, 1));
		assertThat(this.submissions.findValues(first)).extracting(IndicatorValue::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("72.5"));
		AcceptedCopy copy = this.submissions.findAcceptedCopy(Sha256.of(bytes), "KIEN-AN", "CA");
		assertThat(copy.submissionId()).isEqualTo(first);
		assertThat(copy.version()).isOne();
		assertThat(this.submissions.findAcceptedCopy(Sha256.of(bytes), "KIEN-AN", "KT")).as("another unit").isNull();
		assertThat(this.submissions.countSubmissions(this.plan.planId(), "MONTHLY", "2031-05")).isEqualTo(2);
	}

	@Test
	void eachExpectedUnitIsOnTimeLateOrMissingByItsFirstAcceptedSubmission() {
		accepted("CA", "2031-06", LocalDateTime.of(2031, 6, 19, 23, 59), "ca".getBytes(StandardCharsets.UTF_8));
		accepted("KT", "2031-06", LocalDateTime.of(2031, 6, 20, 0, 0), "kt".getBytes(StandardCharsets.UTF_8));

		List<UnitCompleteness> units = this.submissions.selectUnitCompleteness(
				new CompletenessPeriod(this.plan.planId(), this.plan.id(), "MONTHLY", "2031-06"),
				LocalDateTime.of(2031, 6, 20, 0, 0));

		assertThat(units).extracting(UnitCompleteness::unitCode, UnitCompleteness::timeliness)
			.contains(org.assertj.core.groups.Tuple.tuple("CA", "ON_TIME"),
					org.assertj.core.groups.Tuple.tuple("KT", "LATE"),
					org.assertj.core.groups.Tuple.tuple("VHXH", "MISSING"));
	}

	private long receipt(byte[] bytes) {
		GeneratedKey key = new GeneratedKey();
		this.submissions.insertReceipt(new ReceivedSubmission.Receipt("API", DEADLINE.minusDays(3), null,
				"application/json", bytes, bytes.length, Sha256.of(bytes)), "api-token:1", "KIEN-AN", "CA", key);
		return key.getId();
	}

	private long accepted(String unit, String period, LocalDateTime receivedAt, byte[] bytes) {
		int version = this.submissions.nextVersion(this.plan.planId(), unit, "MONTHLY", period);
		GeneratedKey submission = new GeneratedKey();
		this.submissions.insertSubmission(this.plan.planId(), this.plan.id(), version, "ACCEPTED",
				new NewSubmission("KIEN-AN", unit, "MONTHLY", period, "API", receivedAt, "kiểm thử",
						List.of(new IndicatorValue("KA-29", new BigDecimal("72.5"), null, null, null, null, null)),
						List.of(), new Narrative(null, null, null, null)),
				submission);
		this.submissions.insertValue(submission.getId(),
				new IndicatorValue("KA-29", new BigDecimal("72.5"), null, null, null, null, null));
		GeneratedKey receipt = new GeneratedKey();
		this.submissions.insertReceipt(new ReceivedSubmission.Receipt("API", receivedAt, null, "application/json",
				bytes, bytes.length, Sha256.of(bytes)), "api-token:1", "KIEN-AN", unit, receipt);
		this.submissions.updateReceipt(receipt.getId(), "ACCEPTED", "KIEN-AN", unit, "MONTHLY", period,
				submission.getId(), null);
		return submission.getId();
	}

}
