package vn.nq57.reporting.delivery;

/** What an outbox message carries. */
public enum MessageKind {

	/** A report version for one recipient in one sending round. */
	REPORT,

	/**
	 * A province report version (issue 17) for one recipient in one sending round.
	 */
	PROVINCE_REPORT,

	/** A reminder to a unit that has not submitted. */
	REMINDER,

	/** An alert to the operators. */
	ALERT

}
