package vn.nq57.reporting.submission;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.catalog.StoredIndicator;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.catalog.StoredTask;
import vn.nq57.reporting.catalog.StoredUnit;
import vn.nq57.reporting.submission.ReceivedSubmission.Header;
import vn.nq57.reporting.submission.ReceivedSubmission.ProgressRow;
import vn.nq57.reporting.submission.ReceivedSubmission.ValueRow;
import vn.nq57.reporting.submission.SubmissionValidator.PlanContext;
import vn.nq57.reporting.submission.SubmissionValidator.Validation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation rules on their own, with a small plan: CA reports a per-cent and a
 * count, and leads one task.
 */
class SubmissionValidatorTests {

	static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 5, 16, 9, 0);

	final SubmissionValidator validator = new SubmissionValidator(DataWindowPolicy.decree09());

	final PlanContext plan = new PlanContext(
			new StoredPlanVersion(1, 1, "TEST", 1, "x", "test.yaml", "Kế hoạch", null, null, null, null, null, null,
					null, null, null, null, "VHXH", null, null, null, null, "2030", RECEIVED, "state", null, null),
			List.of(new StoredUnit("CA", "Công an xã", "police", null, null),
					new StoredUnit("VHXH", "Phòng Văn hóa - Xã hội", "office", null, null),
					new StoredUnit("ALL", "Các phòng, ban", "group", null, "CA,VHXH")),
			List.of(indicator("T-01", "percent", "CA"), indicator("T-02", "count", "CA"),
					indicator("T-03", "percent", "VHXH"),
					new StoredIndicator(0, "T-04", "4", null, "I", null, "Xếp hạng chỉ số chuyển đổi số (DTI)", null,
							"rank", "lower", null, "VHXH", "VHXH", "published", "VHXH", "UBND tỉnh", null, null, null,
							null, null, 4)),
			List.of(new StoredTask("T-T1", "1", "I", "An ninh mạng", null, "CA", "CA", null, null, null, null, "year",
					"2026", null, null, "Năm 2026", false, null, 1)));

	@Test
	void validSubmissionBecomesANewSubmission() {
		Validation v = validate(header("CA", "monthly", "2026-05"),
				List.of(value("T-01", "85,5", null, null), value("T-02", null, null, null).withNote("Ghi chú")),
				List.of(task("T-T1", "Đã hoàn thành", "100", "10/05/2026")));

		assertThat(v.errors()).isEmpty();
		assertThat(v.submission().reportType()).isEqualTo("MONTHLY");
		assertThat(v.submission().values().get(0).value()).isEqualByComparingTo("85.5");
		assertThat(v.submission().progress().get(0).status()).isEqualTo("DONE");
		assertThat(v.submission().progress().get(0).completedOn()).isEqualTo("2026-05-10");
	}

	/**
	 * Issue 15 rule 6: a rank or an index a province publishes is entered by the
	 * consolidating office with its source and date, never sent as a unit's own figure —
	 * not even by the consolidating office's form.
	 */
	@Test
	void aPublishedFigureIsNotAUnitsOwnFigure() {
		Validation v = validate(header("VHXH", "monthly", "2026-05"), List.of(value("T-04", "3", null, null)),
				List.of());

		assertThat(v.errors()).extracting(SubmissionError::code).containsExactly(SubmissionErrorCode.PUBLISHED_FIGURE);
		assertThat(v.errors().get(0).message()).contains("UBND tỉnh", "./reports published set");
	}

	@Test
	void numeratorWithoutDenominatorIsIncomplete() {
		assertThat(codes(values(value("T-01", null, "5", null)))).containsExactly(SubmissionErrorCode.PARTS_INCOMPLETE);
	}

	@Test
	void zeroDenominatorIsRefused() {
		assertThat(codes(values(value("T-01", null, "0", "0")))).containsExactly(SubmissionErrorCode.DENOMINATOR_ZERO);
	}

	@Test
	void negativeCountIsRefused() {
		assertThat(codes(values(value("T-02", "-3", null, null)))).containsExactly(SubmissionErrorCode.NEGATIVE_NUMBER);
	}

	@Test
	void countAboveHundredIsFine() {
		assertThat(codes(values(value("T-02", "1.250", null, null)))).isEmpty();
	}

	@Test
	void selfAssessmentOutsideTheListIsRefused() {
		assertThat(codes(values(value("T-01", null, null, null).withAssessment("Tốt"))))
			.containsExactly(SubmissionErrorCode.SELF_ASSESSMENT_UNKNOWN);
	}

	@Test
	void evidenceMustBeAWebAddress() {
		assertThat(codes(values(value("T-01", "50", null, null).withEvidence("C:\\minh-chung.pdf"))))
			.containsExactly(SubmissionErrorCode.EVIDENCE_LINK_INVALID);
	}

	@Test
	void sameIndicatorTwiceIsRefused() {
		assertThat(codes(values(value("T-01", "50", null, null), value("T-01", "60", null, null))))
			.containsExactly(SubmissionErrorCode.DUPLICATE_ROW);
	}

	@Test
	void taskProgressNeedsAStatusFromTheList() {
		assertThat(codes(tasks(task("T-T1", null, "50", null))))
			.containsExactly(SubmissionErrorCode.TASK_STATUS_INVALID);
		assertThat(codes(tasks(task("T-T1", "Xong", "50", null))))
			.containsExactly(SubmissionErrorCode.TASK_STATUS_INVALID);
	}

	@Test
	void completionDateMustBeADateNotAfterTheSubmission() {
		assertThat(codes(tasks(task("T-T1", "DONE", "100", "31/02/2026"))))
			.containsExactly(SubmissionErrorCode.DATE_INVALID);
		assertThat(codes(tasks(task("T-T1", "DONE", "100", "2026-06-01"))))
			.containsExactly(SubmissionErrorCode.DATE_IN_FUTURE);
	}

	@Test
	void taskOfAnotherUnitIsRefused() {
		Validation v = validate(header("VHXH", "monthly", "2026-05"), List.of(),
				List.of(task("T-T1", "DONE", "100", null)));

		assertThat(v.errors()).extracting(SubmissionError::code).containsExactly(SubmissionErrorCode.TASK_NOT_LED);
	}

	@Test
	void aGroupOrUnknownUnitCannotReport() {
		assertThat(validate(header("ALL", "monthly", "2026-05"), List.of(value("T-01", "50", null, null)), List.of())
			.errors()).extracting(SubmissionError::code).containsExactly(SubmissionErrorCode.UNIT_UNKNOWN);
		assertThat(validate(header("XYZ", "monthly", "2026-05"), List.of(), List.of()).errors())
			.extracting(SubmissionError::code)
			.containsExactly(SubmissionErrorCode.UNIT_UNKNOWN);
	}

	@Test
	void unknownReportTypeIsRefused() {
		assertThat(validate(header("CA", "weekly", "2026-05"), List.of(value("T-01", "50", null, null)), List.of())
			.errors()).extracting(SubmissionError::code).containsExactly(SubmissionErrorCode.REPORT_TYPE_INVALID);
	}

	@Test
	void emptySubmissionIsRefused() {
		assertThat(codes(values())).containsExactly(SubmissionErrorCode.EMPTY_SUBMISSION);
	}

	@Test
	void unknownPlanIsRefused() {
		Validation v = this.validator.validate(received(header("CA", "monthly", "2026-05"), List.of(), List.of()),
				null);

		assertThat(v.errors()).extracting(SubmissionError::code).containsExactly(SubmissionErrorCode.PLAN_UNKNOWN);
	}

	@Test
	void decomposedAccentsMatchTheListsAndAreStoredComposed() {
		String decomposedNote = nfd("Số liệu của Công an xã");
		Validation v = validate(header("CA", "monthly", "2026-05"),
				List.of(value("T-01", "85,5", null, null).withAssessment(nfd("Chưa đạt")).withNote(decomposedNote)),
				List.of(task("T-T1", nfd("Đã hoàn thành"), "100", "10/05/2026")));

		assertThat(decomposedNote).isNotEqualTo("Số liệu của Công an xã");
		assertThat(v.errors()).isEmpty();
		assertThat(v.submission().values().get(0).selfAssessment()).isEqualTo("NOT_ACHIEVED");
		assertThat(v.submission().values().get(0).note()).isEqualTo("Số liệu của Công an xã");
		assertThat(v.submission().progress().get(0).status()).isEqualTo("DONE");
	}

	@Test
	@Tag("faults")
	void numbersThatAreNotFiniteOrFarTooLargeAreNotNumbers() {
		for (String text : List.of("NaN", "Infinity", "-Infinity", "∞", "1E+400", "1e400", "1" + "0".repeat(400),
				"1000000000000")) {
			Validation v = values(value("T-02", text, null, null));

			assertThat(v.errors()).as(text).singleElement().satisfies(e -> {
				assertThat(e.code()).isEqualTo(SubmissionErrorCode.NOT_A_NUMBER);
				assertThat(e.message()).hasSizeLessThan(300);
			});
		}
		assertThat(values(value("T-02", "Infinity", null, null)).errors().get(0).message())
			.startsWith("Giá trị «Infinity» không phải một số hữu hạn");
	}

	@Test
	@Tag("faults")
	void narrativeLongerThanItsColumnIsRefusedAsTooLong() {
		ReceivedSubmission received = received(header("CA", "monthly", "2026-05"),
				List.of(value("T-01", "85,5", null, null)), List.of());
		ReceivedSubmission withNarrative = new ReceivedSubmission(received.receipt(), received.header(),
				received.values(), received.progress(),
				new ReceivedSubmission.NarrativeFields(f("a".repeat(70_000)), f(null), f(null), f("ữ".repeat(20_000))),
				List.of());

		Validation v = this.validator.validate(withNarrative, this.plan);

		assertThat(v.errors()).as("20,000 characters of three bytes each still fit").singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(SubmissionErrorCode.TEXT_TOO_LONG);
			assertThat(e.message())
				.isEqualTo("Nội dung dài 70.000 ký tự, quá giới hạn 20.000 ký tự; hãy rút gọn rồi gửi lại.");
		});
	}

	@Test
	@Tag("faults")
	void echoedValuesNeverOutgrowTheMessageColumn() {
		String huge = "x".repeat(70_000);

		Validation v = validate(new Header(f("TEST"), f("1"), f("CA"), f(huge), f(huge), f(null)), List.of(),
				List.of());

		assertThat(v.errors()).extracting(SubmissionError::code)
			.containsExactly(SubmissionErrorCode.REPORT_TYPE_INVALID);
		assertThat(v.errors().get(0).message()).hasSizeLessThan(300).contains("xxx…");
	}

	private static String nfd(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
	}

	private List<SubmissionErrorCode> codes(Validation validation) {
		return validation.errors().stream().map(SubmissionError::code).toList();
	}

	private Validation values(Value... values) {
		return validate(header("CA", "monthly", "2026-05"), List.of(values), List.of());
	}

	private Validation tasks(ProgressRow... rows) {
		return validate(header("CA", "monthly", "2026-05"), List.of(), List.of(rows));
	}

	private Validation validate(Header header, List<Value> values, List<ProgressRow> progress) {
		return this.validator.validate(received(header, values, progress), this.plan);
	}

	private static ReceivedSubmission received(Header header, List<Value> values, List<ProgressRow> progress) {
		List<ValueRow> rows = new ArrayList<>();
		values.forEach(v -> rows.add(v.row()));
		return new ReceivedSubmission(new ReceivedSubmission.Receipt("TEST", RECEIVED, null, "application/json",
				new byte[0], 0, "0".repeat(64)), header, rows, progress, null, List.of());
	}

	private static Header header(String unit, String type, String period) {
		return new Header(f("TEST"), f("1"), f(unit), f(type), f(period), f(null));
	}

	record Value(String code, String value, String numerator, String denominator, String assessment, String note,
			String evidence) {

		Value withNote(String text) {
			return new Value(code, value, numerator, denominator, assessment, text, evidence);
		}

		Value withAssessment(String text) {
			return new Value(code, value, numerator, denominator, text, note, evidence);
		}

		Value withEvidence(String text) {
			return new Value(code, value, numerator, denominator, assessment, note, text);
		}

		ValueRow row() {
			return new ValueRow(f(code), f(value), f(numerator), f(denominator), f(assessment), f(note), f(evidence));
		}

	}

	private static Value value(String code, String value, String numerator, String denominator) {
		return new Value(code, value, numerator, denominator, null, null, null);
	}

	private static ProgressRow task(String code, String status, String percent, String completedOn) {
		return new ProgressRow(f(code), f(status), f(percent), f(null), f(null), f(completedOn));
	}

	private static RawField f(String text) {
		return new RawField(text, Location.field("x"));
	}

	private static StoredIndicator indicator(String code, String measureUnit, String unit) {
		return new StoredIndicator(0, code, code, null, "I", null, "Chỉ tiêu " + code, null, measureUnit, "higher",
				null, unit, unit, "single", unit, null, null, null, null, null, null, 1);
	}

}
