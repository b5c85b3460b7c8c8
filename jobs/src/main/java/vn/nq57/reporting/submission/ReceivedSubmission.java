package vn.nq57.reporting.submission;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A submission as received through any channel, every value still as text with its
 * location, before validation. {@code readErrors} are the problems the channel's reader
 * already found (a formula, an unreadable file).
 */
public record ReceivedSubmission(Receipt receipt, Header header, List<ValueRow> values, List<ProgressRow> progress,
		NarrativeFields narrative, List<SubmissionError> readErrors) {

	/**
	 * The payload exactly as received; {@code payload} is null only when it was over the
	 * size limit.
	 */
	public record Receipt(String channel, LocalDateTime receivedAt, String fileName, String contentType, byte[] payload,
			long sizeBytes, String sha256) {
	}

	/** Which plan, plan version, unit and period the submission claims to be for. */
	public record Header(RawField planCode, RawField planVersion, RawField unitCode, RawField reportType,
			RawField periodCode, RawField submittedBy) {
	}

	public record ValueRow(RawField indicatorCode, RawField value, RawField numerator, RawField denominator,
			RawField selfAssessment, RawField note, RawField evidenceUrl) {

		boolean isEmpty() {
			return this.value.isBlank() && this.numerator.isBlank() && this.denominator.isBlank()
					&& this.selfAssessment.isBlank() && this.note.isBlank() && this.evidenceUrl.isBlank();
		}

	}

	public record ProgressRow(RawField taskCode, RawField status, RawField percentDone, RawField result,
			RawField output, RawField completedOn) {

		boolean isEmpty() {
			return this.status.isBlank() && this.percentDone.isBlank() && this.result.isBlank() && this.output.isBlank()
					&& this.completedOn.isBlank();
		}

	}

	public record NarrativeFields(RawField results, RawField difficulties, RawField proposals, RawField nextFocus) {
	}

	/** The same submission, received at another time (a resend of the same payload). */
	public ReceivedSubmission withReceivedAt(LocalDateTime at) {
		Receipt r = this.receipt;
		return new ReceivedSubmission(
				new Receipt(r.channel(), at, r.fileName(), r.contentType(), r.payload(), r.sizeBytes(), r.sha256()),
				this.header, this.values, this.progress, this.narrative, this.readErrors);
	}

	/** A file that could not be read at all: only the receipt and why. */
	public static ReceivedSubmission unreadable(Receipt receipt, List<SubmissionError> errors) {
		return new ReceivedSubmission(receipt, null, List.of(), List.of(), null, errors);
	}

}
