package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.nq57.reporting.submission.ReceivedSubmission.Header;
import vn.nq57.reporting.submission.ReceivedSubmission.NarrativeFields;
import vn.nq57.reporting.submission.ReceivedSubmission.ProgressRow;
import vn.nq57.reporting.submission.ReceivedSubmission.Receipt;
import vn.nq57.reporting.submission.ReceivedSubmission.ValueRow;

/**
 * Reads a submission sent as JSON by a unit's system. Every value is kept as text with
 * its field path, so a number sent as "khoảng 70" is reported by the same validation as
 * in a spreadsheet. The unit and plan come from the credential; a body naming another
 * unit or plan is refused.
 */
public final class SubmissionJsonReader {

	/**
	 * Numbers kept exact (72.5 stays 72.5; 1e400 stays 1E+400 instead of Infinity); NaN
	 * and Infinity read as numbers so that they are refused at their field.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
		.build();

	private static final int MAX_ROWS = 2000;

	public ReceivedSubmission read(Receipt receipt, UnitCredential credential) {
		JsonNode root;
		try {
			root = JSON.readTree(receipt.payload());
		}
		catch (JacksonException ex) {
			return refused(receipt, SubmissionErrorCode.FILE_UNREADABLE, Location.wholeFile(),
					"Nội dung gửi không phải JSON hợp lệ: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			return refused(receipt, SubmissionErrorCode.FILE_UNREADABLE, Location.wholeFile(),
					"Nội dung gửi phải là một đối tượng JSON.");
		}
		List<SubmissionError> errors = new ArrayList<>();
		RawField plan = field(root, "plan", "plan");
		if (!plan.isBlank() && !plan.text().equals(credential.planCode())) {
			errors.add(new SubmissionError(SubmissionErrorCode.PLAN_UNKNOWN, plan.location(),
					"Mã truy cập được cấp cho kế hoạch " + credential.planCode() + ", không gửi cho kế hoạch «"
							+ plan.text() + "» được."));
		}
		RawField unit = field(root, "unit", "unit");
		if (!unit.isBlank() && !unit.text().equals(credential.unitCode())) {
			errors.add(new SubmissionError(SubmissionErrorCode.UNIT_UNKNOWN, unit.location(),
					"Mã truy cập được cấp cho đơn vị " + credential.unitCode() + ", không gửi thay đơn vị «"
							+ unit.text() + "» được."));
		}
		Header header = new Header(new RawField(credential.planCode(), Location.field("plan")),
				field(root, "planVersion", "planVersion"), new RawField(credential.unitCode(), Location.field("unit")),
				field(root, "reportType", "reportType"), field(root, "period", "period"),
				field(root, "submittedBy", "submittedBy"));
		List<ValueRow> values = new ArrayList<>();
		JsonNode valueNodes = root.path("values");
		for (int i = 0; i < Math.min(valueNodes.size(), MAX_ROWS); i++) {
			JsonNode v = valueNodes.get(i);
			String at = "values[" + i + "].";
			values.add(new ValueRow(field(v, "indicator", at + "indicator"), field(v, "value", at + "value"),
					field(v, "numerator", at + "numerator"), field(v, "denominator", at + "denominator"),
					field(v, "selfAssessment", at + "selfAssessment"), field(v, "note", at + "note"),
					field(v, "evidenceUrl", at + "evidenceUrl")));
		}
		List<ProgressRow> progress = new ArrayList<>();
		JsonNode progressNodes = root.path("progress");
		for (int i = 0; i < Math.min(progressNodes.size(), MAX_ROWS); i++) {
			JsonNode p = progressNodes.get(i);
			String at = "progress[" + i + "].";
			progress.add(new ProgressRow(field(p, "task", at + "task"), field(p, "status", at + "status"),
					field(p, "percentDone", at + "percentDone"), field(p, "result", at + "result"),
					field(p, "output", at + "output"), field(p, "completedOn", at + "completedOn")));
		}
		if (valueNodes.size() > MAX_ROWS || progressNodes.size() > MAX_ROWS) {
			errors.add(new SubmissionError(SubmissionErrorCode.SHEET_TOO_LARGE, Location.wholeFile(),
					"Quá nhiều dòng (tối đa " + MAX_ROWS + " chỉ tiêu và " + MAX_ROWS + " nhiệm vụ)."));
		}
		JsonNode n = root.path("narrative");
		NarrativeFields narrative = new NarrativeFields(field(n, "results", "narrative.results"),
				field(n, "difficulties", "narrative.difficulties"), field(n, "proposals", "narrative.proposals"),
				field(n, "nextFocus", "narrative.nextFocus"));
		return new ReceivedSubmission(receipt, header, values, progress, narrative, errors);
	}

	/**
	 * A JSON value as text: numbers in plain notation; objects and arrays as their JSON
	 * (never a number).
	 */
	private static RawField field(JsonNode node, String name, String path) {
		JsonNode value = (node == null) ? null : node.get(name);
		String text;
		if (value == null || value.isNull() || value.isMissingNode()) {
			text = null;
		}
		else if (value.isNumber()) {
			text = numberText(value);
		}
		else if (value.isString()) {
			text = value.asString();
		}
		else {
			text = value.toString();
		}
		return new RawField(text, Location.field(path));
	}

	/**
	 * Plain notation ("72.5", "1200"), except where it would not be a usable figure: NaN
	 * and Infinity as such, and a number of extreme magnitude (1e400, 1e-400) in
	 * scientific notation rather than hundreds of digits. Validation refuses those.
	 */
	static String numberText(JsonNode value) {
		if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
			return Double.toString(value.doubleValue());
		}
		BigDecimal number = value.decimalValue();
		if (Math.abs((long) number.precision() - number.scale()) > 40 || Math.abs(number.scale()) > 40) {
			return number.toString();
		}
		return number.stripTrailingZeros().toPlainString();
	}

	private static ReceivedSubmission refused(Receipt receipt, SubmissionErrorCode code, Location location,
			String message) {
		return ReceivedSubmission.unreadable(receipt, List.of(new SubmissionError(code, location, message)));
	}

}
