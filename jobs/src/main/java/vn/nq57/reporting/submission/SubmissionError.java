package vn.nq57.reporting.submission;

/**
 * One problem found in a submission: a stable code, where it is, and why, in Vietnamese.
 * The message is kept short enough for its column whatever it echoes of what was
 * received.
 */
public record SubmissionError(SubmissionErrorCode code, Location location, String message) {

	/** Longest message kept; messages quote received values only shortened. */
	static final int MAX_MESSAGE = 2000;

	public SubmissionError {
		if (message != null && message.length() > MAX_MESSAGE) {
			message = message.substring(0, MAX_MESSAGE - 1) + "…";
		}
	}

	/** "trang «Chỉ tiêu», dòng 7, cột F: [PERCENT_OUT_OF_RANGE] …". */
	public String text() {
		return this.location.text() + ": [" + this.code + "] " + this.message;
	}

}
