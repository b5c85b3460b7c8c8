package vn.nq57.reporting.submission;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

	/**
	 * The submission as its sender may make it. A channel that fixes plan and unit (a
	 * unit's inbox folder) decides whose it is: a form naming another plan or unit is
	 * refused with {@link SubmissionErrorCode#UNIT_MISMATCH} and recorded as the
	 * sender's, with none of its rows, so it never shows as the other unit's.
	 */
	public ReceivedSubmission boundTo(Sender sender) {
		if (!sender.bindsUnit() || this.header == null) {
			return this;
		}
		String claimedPlan = this.header.planCode().text();
		String claimedUnit = this.header.unitCode().text();
		if (Objects.equals(sender.planCode(), claimedPlan) && Objects.equals(sender.unitCode(), claimedUnit)) {
			return this;
		}
		String file = (this.receipt.fileName() == null) ? "Nội dung" : "Tệp «" + this.receipt.fileName() + "»";
		List<SubmissionError> errors = new ArrayList<>();
		errors.add(new SubmissionError(SubmissionErrorCode.UNIT_MISMATCH, Location.wholeFile(),
				file + " gửi qua " + sender.wayIn() + " của đơn vị " + sender.unitCode() + " (kế hoạch "
						+ sender.planCode() + ") nhưng biểu mẫu là của đơn vị " + quoted(claimedUnit) + " (kế hoạch "
						+ quoted(claimedPlan) + "). Mỗi đơn vị chỉ gửi biểu mẫu của chính mình vào thư mục của mình;"
						+ " hãy lấy biểu mẫu của đơn vị " + sender.unitCode() + " và điền lại."));
		errors.addAll(this.readErrors);
		Header own = new Header(new RawField(sender.planCode(), this.header.planCode().location()),
				new RawField(null, this.header.planVersion().location()),
				new RawField(sender.unitCode(), this.header.unitCode().location()), this.header.reportType(),
				this.header.periodCode(), this.header.submittedBy());
		return new ReceivedSubmission(this.receipt, own, List.of(), List.of(), null, errors);
	}

	private static String quoted(String claimed) {
		if (claimed == null) {
			return "(trống)";
		}
		return "«" + ((claimed.length() > 60) ? claimed.substring(0, 59) + "…" : claimed) + "»";
	}

	/** A file that could not be read at all: only the receipt and why. */
	public static ReceivedSubmission unreadable(Receipt receipt, List<SubmissionError> errors) {
		return new ReceivedSubmission(receipt, null, List.of(), List.of(), null, errors);
	}

}
