package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who has reported (periods of 2027, so that other test classes sharing the database do
 * not meet these): Kiến An expects the culture office (VHXH), the economy office (KT) and
 * the police (CA); the monthly deadline is "before the 20th", so a submission is late
 * from 00:00 on the 20th (Vietnam time).
 */
@DatabaseTest
class SubmissionCompletenessTests {

	@Autowired
	PlanImporter plans;

	@Autowired
	SubmissionStore store;

	@Autowired
	SubmissionIntake intake;

	@Autowired
	SubmissionCompleteness completeness;

	@BeforeEach
	void givenKienAnsPlan() {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
	}

	@Test
	void unitsAreOnTimeLateOrMissingAndTheShareCountsTheReceived() {
		// January 2027 is made on 15/01: the units' last day is 14/01
		accepted("CA", "2027-01", LocalDateTime.of(2027, 1, 14, 23, 59));
		accepted("KT", "2027-01", LocalDateTime.of(2027, 1, 15, 0, 0));

		SubmissionCompleteness.Report report = this.completeness.forPeriod("KIEN-AN", ReportType.MONTHLY, "2027-01");

		assertThat(report.units()).extracting(UnitCompleteness::unitCode, UnitCompleteness::timeliness)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("VHXH", "MISSING"),
					org.assertj.core.groups.Tuple.tuple("KT", "LATE"),
					org.assertj.core.groups.Tuple.tuple("CA", "ON_TIME"));
		assertThat(report.shareReceived()).isEqualByComparingTo("0.6667");
		assertThat(report.lateFrom()).isEqualTo(LocalDateTime.of(2027, 1, 15, 0, 0));
	}

	@Test
	void timelinessIsJudgedOnTheFirstAcceptedSubmission() {
		accepted("CA", "2027-02", LocalDateTime.of(2027, 2, 16, 8, 0));
		accepted("CA", "2027-02", LocalDateTime.of(2027, 2, 25, 8, 0));

		SubmissionCompleteness.Report report = this.completeness.forPeriod("KIEN-AN", ReportType.MONTHLY, "2027-02");

		assertThat(unit(report, "CA").timeliness()).isEqualTo("ON_TIME");
		assertThat(unit(report, "CA").receivedAt()).isEqualTo(LocalDateTime.of(2027, 2, 16, 8, 0));
	}

	@Test
	void rejectedSubmissionDoesNotCountAsReceived() {
		SubmissionIntake.Outcome rejected = this.intake.receive(json("KT", "2027-03", "KA-06", "abc"));
		assertThat(rejected.accepted()).isFalse();

		SubmissionCompleteness.Report report = this.completeness.forPeriod("KIEN-AN", ReportType.MONTHLY, "2027-03");

		assertThat(unit(report, "KT").timeliness()).isEqualTo("MISSING");
		assertThat(report.shareReceived()).isEqualByComparingTo("0");
	}

	@Test
	void aLateUnitWhoseFirstTryWasRejectedIsLate() {
		this.intake.receive(json("KT", "2027-04", "KA-06", "abc").withReceivedAt(LocalDateTime.of(2027, 4, 18, 9, 0)));
		this.intake.receive(json("KT", "2027-04", "KA-06", "2,5").withReceivedAt(LocalDateTime.of(2027, 4, 21, 9, 0)));

		SubmissionCompleteness.Report report = this.completeness.forPeriod("KIEN-AN", ReportType.MONTHLY, "2027-04");

		assertThat(unit(report, "KT").timeliness()).isEqualTo("LATE");
	}

	private static UnitCompleteness unit(SubmissionCompleteness.Report report, String code) {
		return report.units().stream().filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow();
	}

	private void accepted(String unit, String period, LocalDateTime at) {
		this.store.storeAccepted(new NewSubmission("KIEN-AN", unit, "MONTHLY", period, "TEST", at, "kiểm thử",
				List.of(new IndicatorValue("CA".equals(unit) ? "KA-29" : "KA-06", new BigDecimal("3"), null, null, null,
						null, null)),
				List.of(), new Narrative(null, null, null, null)));
	}

	/**
	 * A submission as a reporting system would send it, with JSON field paths as
	 * locations.
	 */
	static ReceivedSubmission json(String unit, String period, String indicator, String value) {
		byte[] payload = ("{\"unit\":\"" + unit + "\",\"period\":\"" + period + "\",\"indicator\":\"" + indicator
				+ "\",\"value\":\"" + value + "\"}")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		// the receipt's SHA-256 is that of its bytes: the same bytes accepted twice are
		// one
		// version
		ReceivedSubmission.Receipt receipt = new ReceivedSubmission.Receipt(
				"TEST", LocalDateTime.of(Integer.parseInt(period.substring(0, 4)),
						Integer.parseInt(period.substring(5)), 16, 9, 0),
				null, "application/json", payload, payload.length, sha256(payload));
		ReceivedSubmission.Header header = new ReceivedSubmission.Header(f("KIEN-AN", "plan"), f(null, "planVersion"),
				f(unit, "unit"), f("monthly", "reportType"), f(period, "period"), f("hệ thống", "submittedBy"));
		ReceivedSubmission.ValueRow row = new ReceivedSubmission.ValueRow(f(indicator, "values[0].indicator"),
				f(value, "values[0].value"), f(null, "values[0].numerator"), f(null, "values[0].denominator"),
				f(null, "values[0].selfAssessment"), f(null, "values[0].note"), f(null, "values[0].evidenceUrl"));
		return new ReceivedSubmission(receipt, header, List.of(row), List.of(), null, List.of());
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RawField f(String text, String path) {
		return new RawField(text, Location.field(path));
	}

}
