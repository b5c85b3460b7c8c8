package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.VietnameseNumbers;
import vn.nq57.reporting.catalog.StoredIndicator;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.catalog.StoredTask;
import vn.nq57.reporting.catalog.StoredUnit;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.submission.ReceivedSubmission.Header;
import vn.nq57.reporting.submission.ReceivedSubmission.NarrativeFields;
import vn.nq57.reporting.submission.ReceivedSubmission.ProgressRow;
import vn.nq57.reporting.submission.ReceivedSubmission.ValueRow;

/**
 * Checks a received submission against the plan it claims (the latest version of that
 * plan) and turns it into a {@link NewSubmission}. Every problem is collected, not just
 * the first, so a unit can fix its form in one go.
 */
public final class SubmissionValidator {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** submitted_by VARCHAR(200): a VARCHAR(n) column holds n characters. */
	static final int SUBMITTED_BY_CHARS = 200;

	/** evidence_url VARCHAR(1000). */
	static final int EVIDENCE_URL_CHARS = 1000;

	/** Notes, task results and outputs (TEXT). */
	static final int NOTE_CHARS = 10_000;

	/** Each narrative part (TEXT). */
	static final int NARRATIVE_CHARS = 20_000;

	/** No figure a unit reports needs more characters than this. */
	private static final int NUMBER_CHARS = 40;

	private static final BigDecimal TOO_LARGE = BigDecimal.valueOf(1_000_000_000_000L);

	private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity|∞)", Pattern.CASE_INSENSITIVE);

	private static final Pattern EXPONENT = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+");

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** The plan as it stands: the latest version and its units, indicators and tasks. */
	public record PlanContext(StoredPlanVersion plan, List<StoredUnit> units, List<StoredIndicator> indicators,
			List<StoredTask> tasks) {
	}

	/** The outcome: the errors, or (when there are none) the submission to store. */
	public record Validation(List<SubmissionError> errors, NewSubmission submission) {

		public boolean accepted() {
			return this.errors.isEmpty();
		}

	}

	private final DataWindowPolicy windows;

	public SubmissionValidator(DataWindowPolicy windows) {
		this.windows = windows;
	}

	/**
	 * @param context the claimed plan, or null when no plan has the claimed code
	 */
	public Validation validate(ReceivedSubmission received, PlanContext context) {
		List<SubmissionError> errors = new ArrayList<>(received.readErrors());
		Header header = received.header();
		if (header == null) {
			return new Validation(errors, null);
		}
		if (context == null) {
			errors.add(error(SubmissionErrorCode.PLAN_UNKNOWN, header.planCode(), "Không có kế hoạch mã «"
					+ echo(header.planCode()) + "». Hãy dùng biểu mẫu do Phòng Văn hóa - Xã hội gửi."));
			return new Validation(errors, null);
		}
		StoredPlanVersion plan = context.plan();
		if (!header.planVersion().isBlank() && !header.planVersion().text().equals(String.valueOf(plan.version()))) {
			errors.add(error(SubmissionErrorCode.PLAN_VERSION_MISMATCH, header.planVersion(),
					"Biểu mẫu được lập theo kế hoạch " + plan.planCode() + " phiên bản " + echo(header.planVersion())
							+ ", nhưng kế hoạch hiện hành là phiên bản " + plan.version()
							+ "; danh mục chỉ tiêu, nhiệm vụ có thể đã thay đổi. Hãy lấy biểu mẫu mới và điền lại."));
			return new Validation(errors, null);
		}
		String unitCode = header.unitCode().text();
		StoredUnit unit = context.units()
			.stream()
			.filter(u -> u.code().equals(unitCode) && !"group".equals(u.kind()))
			.findFirst()
			.orElse(null);
		if (unit == null) {
			errors.add(error(SubmissionErrorCode.UNIT_UNKNOWN, header.unitCode(),
					"Kế hoạch " + plan.planCode() + " không có đơn vị báo cáo mã «" + echo(header.unitCode()) + "»."));
		}
		Period period = period(header, received, errors);
		if (unit == null) {
			return new Validation(errors, null);
		}
		List<IndicatorValue> values = values(received.values(), context, unitCode, errors);
		List<TaskProgressEntry> progress = progress(received.progress(), context, unitCode,
				received.receipt().receivedAt().toLocalDate(), errors);
		Narrative narrative = narrative(received.narrative(), errors);
		String submittedBy = text(header.submittedBy(), SUBMITTED_BY_CHARS, errors);
		if (errors.isEmpty() && values.isEmpty() && progress.isEmpty() && narrative.results() == null
				&& narrative.difficulties() == null && narrative.proposals() == null && narrative.nextFocus() == null) {
			errors.add(new SubmissionError(SubmissionErrorCode.EMPTY_SUBMISSION, Location.wholeFile(),
					"Chưa điền số liệu, tiến độ hay nội dung báo cáo nào."));
		}
		if (!errors.isEmpty() || period == null) {
			return new Validation(errors, null);
		}
		NewSubmission submission = new NewSubmission(plan.planCode(), unitCode, period.type().name(), period.code(),
				received.receipt().channel(), received.receipt().receivedAt(), submittedBy, values, progress,
				narrative);
		return new Validation(errors, submission);
	}

	private Period period(Header header, ReceivedSubmission received, List<SubmissionError> errors) {
		ReportType type;
		try {
			type = ReportType.fromCliName(header.reportType().text());
		}
		catch (IllegalArgumentException notCliName) {
			type = Arrays.stream(ReportType.values())
				.filter(t -> t.name().equals(header.reportType().text()))
				.findFirst()
				.orElse(null);
		}
		if (type == null) {
			errors.add(error(SubmissionErrorCode.REPORT_TYPE_INVALID, header.reportType(), "Loại báo cáo «"
					+ echo(header.reportType())
					+ "» không hợp lệ; chỉ nhận monthly, quarterly, half-year, annual, ad-hoc, three-year-review hoặc five-year-review."));
			return null;
		}
		Period period;
		try {
			period = Period.parse(type, header.periodCode().text());
		}
		catch (RuntimeException ex) {
			errors.add(error(SubmissionErrorCode.PERIOD_INVALID, header.periodCode(), "Kỳ báo cáo «"
					+ echo(header.periodCode()) + "» không hợp lệ: " + shorten(String.valueOf(ex.getMessage()))));
			return null;
		}
		LocalDate receivedOn = received.receipt().receivedAt().toLocalDate();
		LocalDate opens = period.dataWindow(this.windows).from();
		if (receivedOn.isBefore(opens)) {
			errors.add(error(SubmissionErrorCode.PERIOD_NOT_OPEN, header.periodCode(),
					"Kỳ báo cáo " + period.label() + " chưa bắt đầu: số liệu của kỳ này tính từ ngày "
							+ opens.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")) + ". Kiểm tra lại kỳ báo cáo."));
			return null;
		}
		return period;
	}

	private List<IndicatorValue> values(List<ValueRow> rows, PlanContext context, String unitCode,
			List<SubmissionError> errors) {
		Map<String, StoredIndicator> byCode = context.indicators()
			.stream()
			.collect(Collectors.toMap(StoredIndicator::code, Function.identity()));
		Set<String> seen = new HashSet<>();
		List<IndicatorValue> values = new ArrayList<>();
		for (ValueRow row : rows) {
			if (row.isEmpty()) {
				continue;
			}
			String code = row.indicatorCode().text();
			StoredIndicator indicator = (code == null) ? null : byCode.get(code);
			if (indicator == null) {
				errors.add(error(SubmissionErrorCode.INDICATOR_UNKNOWN, row.indicatorCode(), "Kế hoạch "
						+ context.plan().planCode() + " không có chỉ tiêu mã «" + echo(row.indicatorCode()) + "»."));
				continue;
			}
			if (!seen.add(code)) {
				errors.add(error(SubmissionErrorCode.DUPLICATE_ROW, row.indicatorCode(),
						"Chỉ tiêu " + code + " được báo cáo hai lần; mỗi chỉ tiêu chỉ một dòng."));
				continue;
			}
			if (!unitCode.equals(indicator.reportingUnit()) && !listed(indicator.responsible(), unitCode)) {
				errors.add(error(SubmissionErrorCode.INDICATOR_NOT_TRACKED, row.indicatorCode(),
						"Đơn vị " + unitCode + " không được giao theo dõi chỉ tiêu " + code + " («"
								+ shorten(indicator.name()) + "»); chỉ tiêu này do " + indicator.reportingUnit()
								+ " báo cáo."));
				continue;
			}
			if ("published".equals(indicator.aggregate())) {
				errors.add(error(SubmissionErrorCode.PUBLISHED_FIGURE, row.indicatorCode(), "Chỉ tiêu " + code + " («"
						+ shorten(indicator.name()) + "») là kết quả do "
						+ ((indicator.publishedBy() != null) ? shorten(indicator.publishedBy())
								: "cơ quan có thẩm quyền")
						+ " công bố, không do đơn vị tự báo cáo: cơ quan tổng hợp nhập số liệu công bố kèm nguồn và ngày"
						+ " công bố (./reports published set)."));
				continue;
			}
			int before = errors.size();
			boolean percent = MeasureUnit.fromCatalogName(indicator.measureUnit()).isPercent();
			BigDecimal value = number(row.value(), errors);
			BigDecimal numerator = number(row.numerator(), errors);
			BigDecimal denominator = number(row.denominator(), errors);
			if (value != null && percent && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
				errors.add(error(SubmissionErrorCode.PERCENT_OUT_OF_RANGE, row.value(), "Chỉ tiêu " + code
						+ " là tỷ lệ phần trăm, phải từ 0 đến 100; đã nhập " + row.value().text() + "."));
			}
			else if (value != null && !percent && value.signum() < 0 && !"index".equals(indicator.measureUnit())) {
				errors.add(error(SubmissionErrorCode.NEGATIVE_NUMBER, row.value(),
						"Giá trị của chỉ tiêu " + code + " không thể âm; đã nhập " + row.value().text() + "."));
			}
			parts(code, row, numerator, denominator, percent, errors);
			SelfAssessment assessment = null;
			if (!row.selfAssessment().isBlank()) {
				assessment = SelfAssessment.read(row.selfAssessment().text()).orElse(null);
				if (assessment == null) {
					errors.add(error(SubmissionErrorCode.SELF_ASSESSMENT_UNKNOWN, row.selfAssessment(), "Tự đánh giá «"
							+ echo(row.selfAssessment()) + "» không hợp lệ; chọn Vượt, Đạt hoặc Chưa đạt."));
				}
			}
			String evidence = text(row.evidenceUrl(), EVIDENCE_URL_CHARS, errors);
			if (evidence != null && !isWebAddress(evidence)) {
				errors.add(error(SubmissionErrorCode.EVIDENCE_LINK_INVALID, row.evidenceUrl(),
						"Đường dẫn minh chứng phải là địa chỉ bắt đầu bằng http:// hoặc https://; đã nhập «"
								+ shorten(evidence) + "»."));
			}
			String note = text(row.note(), NOTE_CHARS, errors);
			if (errors.size() == before) {
				values.add(new IndicatorValue(code, value, numerator, denominator,
						(assessment == null) ? null : assessment.name(), note, evidence));
			}
		}
		return values;
	}

	private static void parts(String code, ValueRow row, BigDecimal numerator, BigDecimal denominator, boolean percent,
			List<SubmissionError> errors) {
		boolean hasNumerator = !row.numerator().isBlank();
		boolean hasDenominator = !row.denominator().isBlank();
		if (hasNumerator != hasDenominator) {
			RawField missing = hasNumerator ? row.denominator() : row.numerator();
			errors.add(error(SubmissionErrorCode.PARTS_INCOMPLETE, missing,
					"Chỉ tiêu " + code + ": đã nhập "
							+ (hasNumerator ? "tử số nhưng chưa có mẫu số" : "mẫu số nhưng chưa có tử số")
							+ "; nhập đủ cả hai, hoặc để trống cả hai."));
			return;
		}
		if (numerator == null || denominator == null) {
			return;
		}
		if (numerator.signum() < 0) {
			errors.add(error(SubmissionErrorCode.NEGATIVE_NUMBER, row.numerator(),
					"Tử số của chỉ tiêu " + code + " không thể âm; đã nhập " + row.numerator().text() + "."));
		}
		if (denominator.signum() < 0) {
			errors.add(error(SubmissionErrorCode.NEGATIVE_NUMBER, row.denominator(),
					"Mẫu số của chỉ tiêu " + code + " không thể âm; đã nhập " + row.denominator().text() + "."));
		}
		else if (denominator.signum() == 0) {
			errors.add(error(SubmissionErrorCode.DENOMINATOR_ZERO, row.denominator(),
					"Mẫu số của chỉ tiêu " + code + " bằng 0; không tính được tỷ lệ."));
		}
		else if (percent && numerator.compareTo(denominator) > 0) {
			errors.add(error(SubmissionErrorCode.NUMERATOR_EXCEEDS_DENOMINATOR, row.numerator(),
					"Chỉ tiêu " + code + ": tử số (" + row.numerator().text() + ") lớn hơn mẫu số ("
							+ row.denominator().text() + "); tỷ lệ không thể vượt 100%."));
		}
	}

	private List<TaskProgressEntry> progress(List<ProgressRow> rows, PlanContext context, String unitCode,
			LocalDate receivedOn, List<SubmissionError> errors) {
		Map<String, StoredTask> byCode = context.tasks()
			.stream()
			.collect(Collectors.toMap(StoredTask::code, Function.identity()));
		Set<String> seen = new HashSet<>();
		List<TaskProgressEntry> progress = new ArrayList<>();
		for (ProgressRow row : rows) {
			if (row.isEmpty()) {
				continue;
			}
			String code = row.taskCode().text();
			StoredTask task = (code == null) ? null : byCode.get(code);
			if (task == null) {
				errors.add(error(SubmissionErrorCode.TASK_UNKNOWN, row.taskCode(), "Kế hoạch "
						+ context.plan().planCode() + " không có nhiệm vụ mã «" + echo(row.taskCode()) + "»."));
				continue;
			}
			if (!seen.add(code)) {
				errors.add(error(SubmissionErrorCode.DUPLICATE_ROW, row.taskCode(),
						"Nhiệm vụ " + code + " được báo cáo hai lần; mỗi nhiệm vụ chỉ một dòng."));
				continue;
			}
			if (!unitCode.equals(task.reportingUnit()) && !listed(task.leadUnits(), unitCode)) {
				errors.add(error(SubmissionErrorCode.TASK_NOT_LED, row.taskCode(),
						"Đơn vị " + unitCode + " không chủ trì nhiệm vụ " + code + " («" + shorten(task.name())
								+ "»); nhiệm vụ này do " + task.reportingUnit() + " báo cáo."));
				continue;
			}
			int before = errors.size();
			TaskProgressStatus status = TaskProgressStatus.read(row.status().text()).orElse(null);
			if (status == null) {
				errors.add(error(SubmissionErrorCode.TASK_STATUS_INVALID, row.status(),
						(row.status().isBlank() ? "Chưa chọn tình trạng của nhiệm vụ " + code
								: "Tình trạng «" + echo(row.status()) + "» của nhiệm vụ " + code + " không hợp lệ")
								+ "; chọn " + String.join(", ", TaskProgressStatus.labels()) + "."));
			}
			BigDecimal percent = number(row.percentDone(), errors);
			if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
				errors.add(error(SubmissionErrorCode.PERCENT_OUT_OF_RANGE, row.percentDone(),
						"Tỷ lệ hoàn thành của nhiệm vụ " + code + " phải từ 0 đến 100; đã nhập "
								+ row.percentDone().text() + "."));
			}
			LocalDate completedOn = date(row.completedOn(), errors);
			if (completedOn != null && completedOn.isAfter(receivedOn)) {
				errors.add(error(SubmissionErrorCode.DATE_IN_FUTURE, row.completedOn(), "Ngày hoàn thành "
						+ row.completedOn().text() + " của nhiệm vụ " + code + " ở sau ngày gửi báo cáo."));
			}
			String result = text(row.result(), NOTE_CHARS, errors);
			String output = text(row.output(), NOTE_CHARS, errors);
			if (errors.size() == before) {
				progress.add(new TaskProgressEntry(code, status.name(), percent, result, output, completedOn));
			}
		}
		return progress;
	}

	private static Narrative narrative(NarrativeFields fields, List<SubmissionError> errors) {
		if (fields == null) {
			return new Narrative(null, null, null, null);
		}
		return new Narrative(text(fields.results(), NARRATIVE_CHARS, errors),
				text(fields.difficulties(), NARRATIVE_CHARS, errors), text(fields.proposals(), NARRATIVE_CHARS, errors),
				text(fields.nextFocus(), NARRATIVE_CHARS, errors));
	}

	/**
	 * A number as Vietnamese write it, finite and below 10^12; anything else — text, NaN,
	 * Infinity, 1e400 — is NOT_A_NUMBER.
	 */
	private static BigDecimal number(RawField field, List<SubmissionError> errors) {
		if (field.isBlank()) {
			return null;
		}
		String text = field.text().endsWith("%") ? field.text().substring(0, field.text().length() - 1) : field.text();
		if (NOT_FINITE.matcher(text).matches()) {
			errors.add(error(SubmissionErrorCode.NOT_A_NUMBER, field, "Giá trị «" + shorten(field.text())
					+ "» không phải một số hữu hạn (vô cực hoặc NaN); hãy nhập một số cụ thể như 85,5 hoặc 1.234."));
			return null;
		}
		if (text.length() > NUMBER_CHARS || EXPONENT.matcher(text).matches()) {
			errors.add(error(SubmissionErrorCode.NOT_A_NUMBER, field, "Số «" + shorten(field.text())
					+ "» quá lớn, quá dài hoặc viết dạng lũy thừa; hãy nhập số thường, nhỏ hơn 1.000.000.000.000, như 85,5 hoặc 1.234."));
			return null;
		}
		try {
			BigDecimal value = VietnameseNumbers.parse(text);
			if (value.abs().compareTo(TOO_LARGE) >= 0) {
				errors.add(error(SubmissionErrorCode.NOT_A_NUMBER, field, "Số «" + shorten(field.text())
						+ "» quá lớn; một số liệu báo cáo phải nhỏ hơn 1.000.000.000.000."));
				return null;
			}
			return value;
		}
		catch (RuntimeException ex) {
			errors.add(error(SubmissionErrorCode.NOT_A_NUMBER, field, "Ô này cần một số, nhưng có «"
					+ shorten(field.text()) + "». Viết số như 85,5 hoặc 1.234; ghi chú xin ghi vào cột Ghi chú."));
			return null;
		}
	}

	private static LocalDate date(RawField field, List<SubmissionError> errors) {
		if (field.isBlank()) {
			return null;
		}
		try {
			return field.text().contains("/") ? LocalDate.parse(field.text(), VIETNAMESE_DATE)
					: LocalDate.parse(field.text());
		}
		catch (DateTimeParseException ex) {
			errors.add(error(SubmissionErrorCode.DATE_INVALID, field,
					"Không đọc được ngày «" + shorten(field.text()) + "»; viết như 15/05/2026."));
			return null;
		}
	}

	/**
	 * A text that fits its column: at most {@code maxLength} characters (UTF-16 units, so
	 * never more than the column's characters; 20,000 of them are at most 60,000 bytes in
	 * UTF-8, within a TEXT column's 65,535).
	 */
	private static String text(RawField field, int maxLength, List<SubmissionError> errors) {
		if (field == null || field.isBlank()) {
			return null;
		}
		int length = field.text().length();
		if (length > maxLength) {
			errors.add(error(SubmissionErrorCode.TEXT_TOO_LONG, field,
					"Nội dung dài " + VietnameseNumbers.format(BigDecimal.valueOf(length)) + " ký tự, quá giới hạn "
							+ VietnameseNumbers.format(BigDecimal.valueOf(maxLength))
							+ " ký tự; hãy rút gọn rồi gửi lại."));
			return null;
		}
		return field.text();
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private static boolean listed(String commaSeparated, String code) {
		return commaSeparated != null
				&& Arrays.stream(commaSeparated.split(",")).map(String::trim).anyMatch(code::equals);
	}

	private static SubmissionError error(SubmissionErrorCode code, RawField field, String message) {
		return new SubmissionError(code, field.location(), message);
	}

	/**
	 * A received value quoted in a message: shortened, so that no message outgrows its
	 * column.
	 */
	private static String echo(RawField field) {
		return (field.text() == null) ? "" : shorten(field.text());
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 79) + "…" : text;
	}

}
