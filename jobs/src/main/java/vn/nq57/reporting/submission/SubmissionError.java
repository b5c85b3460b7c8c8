package vn.nq57.reporting.submission;

/**
 * One problem found in a submission: a stable code, where it is, and why, in Vietnamese.
 */
public record SubmissionError(SubmissionErrorCode code, Location location, String message) {

	/** "trang «Chỉ tiêu», dòng 7, cột F: [PERCENT_OUT_OF_RANGE] …". */
	public String text() {
		return this.location.text() + ": [" + this.code + "] " + this.message;
	}

}
