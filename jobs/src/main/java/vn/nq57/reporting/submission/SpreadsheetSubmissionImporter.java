package vn.nq57.reporting.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.submission.ReceivedSubmission.Receipt;

/**
 * Imports a filled spreadsheet form: reads it safely, then hands it to the one intake.
 */
@Service
public class SpreadsheetSubmissionImporter {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SubmissionIntake intake;

	private final SpreadsheetLimits limits;

	public SpreadsheetSubmissionImporter(SubmissionIntake intake, SpreadsheetLimits limits) {
		this.intake = intake;
		this.limits = limits;
	}

	public SubmissionIntake.Outcome importFile(Path file) throws IOException {
		return importFile(file, LocalDateTime.now(ReportingZone.ZONE));
	}

	/**
	 * @param receivedAt when the file reached the pipeline (Vietnam time); it decides on
	 * time or late
	 */
	public SubmissionIntake.Outcome importFile(Path file, LocalDateTime receivedAt) throws IOException {
		long size = Files.size(file);
		MessageDigest digest = sha256();
		byte[] payload = null;
		if (size <= this.limits.maxFileBytes()) {
			payload = Files.readAllBytes(file);
			digest.update(payload);
		}
		else {
			try (InputStream in = Files.newInputStream(file)) {
				byte[] buffer = new byte[65536];
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
				}
			}
		}
		Receipt receipt = new Receipt("SPREADSHEET", receivedAt, file.getFileName().toString(), XLSX, payload, size,
				HexFormat.of().formatHex(digest.digest()));
		return this.intake.receive(new SubmissionFormReader(this.limits).read(receipt));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
