package vn.nq57.reporting.submission;

/**
 * Stable codes of submission errors; the README lists them. Never rename one: units'
 * systems read them.
 */
public enum SubmissionErrorCode {

	/**
	 * The file is not an .xlsx workbook (an old .xls, an encrypted file, something else).
	 */
	FILE_NOT_XLSX,
	/** The file is larger than the configured limit. */
	FILE_TOO_LARGE,
	/**
	 * The compressed file expands far more than a real form does (a zip bomb) or is
	 * damaged.
	 */
	FILE_UNSAFE,
	/**
	 * The file cannot be read as a workbook (damaged, or XML with DOCTYPE/entities, which
	 * is refused).
	 */
	FILE_UNREADABLE,
	/** A sheet has more rows or cells than any form could. */
	SHEET_TOO_LARGE,
	/** The workbook links to other workbooks or data sources, or carries macros. */
	EXTERNAL_LINK,
	/** A cell holds a formula; formulas are never evaluated. */
	FORMULA_NOT_ALLOWED,
	/**
	 * The workbook is not a form made by this system (its identifiers are missing or
	 * altered).
	 */
	FORM_UNKNOWN,
	/** No plan with that code. */
	PLAN_UNKNOWN,
	/** The form was made for another version of the plan. */
	PLAN_VERSION_MISMATCH,
	/** The unit is not one of the plan's units. */
	UNIT_UNKNOWN,
	/**
	 * The form names another plan or unit than the inbox folder it came through (whose
	 * unit is the sender).
	 */
	UNIT_MISMATCH,
	/** The report type is not monthly, quarterly, half-year, annual or ad-hoc. */
	REPORT_TYPE_INVALID,
	/** The period cannot be read for the report type. */
	PERIOD_INVALID,
	/** The period's data window has not begun yet. */
	PERIOD_NOT_OPEN,
	/** No indicator with that code in the plan. */
	INDICATOR_UNKNOWN,
	/** The unit does not track that indicator. */
	INDICATOR_NOT_TRACKED,
	/**
	 * A published figure (a rank or an index a province or ministry publishes): the
	 * consolidating office enters it with its source and date ({@code ./reports published
	 * set}), no unit sends it.
	 */
	PUBLISHED_FIGURE,
	/** No task with that code in the plan. */
	TASK_UNKNOWN,
	/** The unit does not lead that task. */
	TASK_NOT_LED,
	/** The same indicator or task appears twice. */
	DUPLICATE_ROW,
	/**
	 * Text where a number belongs, or a number that is not finite or far too large
	 * (1e400, NaN, Infinity).
	 */
	NOT_A_NUMBER,
	/** A per cent outside 0–100 where that is impossible. */
	PERCENT_OUT_OF_RANGE,
	/** A negative count, numerator or denominator. */
	NEGATIVE_NUMBER,
	/** A numerator without a denominator, or the other way round. */
	PARTS_INCOMPLETE,
	/** A denominator of zero. */
	DENOMINATOR_ZERO,
	/** A numerator larger than its denominator. */
	NUMERATOR_EXCEEDS_DENOMINATOR,
	/** A self-assessment other than Vượt, Đạt or Chưa đạt. */
	SELF_ASSESSMENT_UNKNOWN,
	/** A task status other than the listed ones, or none where progress is given. */
	TASK_STATUS_INVALID,
	/** A date that cannot be read. */
	DATE_INVALID,
	/** A completion date after the submission was received. */
	DATE_IN_FUTURE,
	/** An evidence link that is not an http(s) address. */
	EVIDENCE_LINK_INVALID,
	/** A text longer than its column can store. */
	TEXT_TOO_LONG,
	/** Nothing was filled in. */
	EMPTY_SUBMISSION

}
