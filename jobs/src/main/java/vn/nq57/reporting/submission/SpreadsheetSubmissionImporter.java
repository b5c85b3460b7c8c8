package vn.nq57.reporting.submission;

import java.time.Clock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.submission.ReceivedSubmission.Receipt;

/**
 * Imports a filled spreadsheet form: keeps the bytes as received, reads them safely, and
 * hands them to the one intake — from a unit's inbox folder (the folder says whose it is)
 * or by an operator's hand (trusted; recorded as a manual import by that OS user).
 */
@Service
public class SpreadsheetSubmissionImporter {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SubmissionIntake intake;

	private final SpreadsheetLimits limits;

	private final Clock clock;

	public SpreadsheetSubmissionImporter(SubmissionIntake intake, SpreadsheetLimits limits, Clock clock) {
		this.clock = clock;
		this.intake = intake;
		this.limits = limits;
	}

	/** An operator's import by hand, now. */
	public SubmissionIntake.Outcome importFile(Path file) throws IOException {
		return importFile(file, LocalDateTime.now(this.clock));
	}

	/**
	 * An operator's import by hand: the workbook's own plan and unit are trusted.
	 * @param receivedAt when the file reached the pipeline (Vietnam time); it decides on
	 * time or late
	 */
	public SubmissionIntake.Outcome importFile(Path file, LocalDateTime receivedAt) throws IOException {
		ReceivedFile read = ReceivedFile.readTrusted(file, this.limits.maxFileBytes());
		return importFrom(read, Sender.currentOperator(), receivedAt, null);
	}

	/**
	 * A file read from a sender's channel (a unit's inbox folder): the workbook must name
	 * the sender's plan and unit.
	 * @param pendingReceiptId the receipt an earlier attempt kept before failing, or null
	 */
	public SubmissionIntake.Outcome importFrom(ReceivedFile read, Sender sender, LocalDateTime receivedAt,
			Long pendingReceiptId) {
		Receipt receipt = new Receipt(sender.channel(), receivedAt, read.name(), XLSX, read.payload(), read.size(),
				read.sha256());
		return this.intake.receive(receipt, sender, new SubmissionFormReader(this.limits)::read, pendingReceiptId);
	}

	public SpreadsheetLimits limits() {
		return this.limits;
	}

}
