package vn.nq57.reporting.submission;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.nq57.reporting.archive.Sha256;
import vn.nq57.reporting.submission.ReceivedSubmission.Receipt;

/**
 * {@code POST /api/v1/submissions}: a unit's system sends a submission as JSON with its
 * bearer token. The body is kept as received (first, before anything else), validated
 * like a spreadsheet, and the answer says what became of it: 201 with the version; 200
 * with {@code "duplicate": true} and the version already made when the same body was
 * accepted before (a resend after a lost answer); 422 with every error (code, JSON field,
 * Vietnamese message); 503 with the receipt when it was kept but could not be processed.
 */
@RestController
public class SubmissionApiController {

	private final SubmissionIntake intake;

	private final long maxBodyBytes;

	private final Clock clock;

	public SubmissionApiController(SubmissionIntake intake, SubmissionProperties properties, Clock clock) {
		this.intake = intake;
		this.maxBodyBytes = properties.maxJsonBytes();
		this.clock = clock;
	}

	@PostMapping(path = "/api/v1/submissions", produces = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal UnitCredential unit,
			HttpServletRequest request) throws Exception {
		LocalDateTime receivedAt = LocalDateTime.now(this.clock);
		Body body = readBody(request);
		Receipt receipt = new Receipt(Sender.API, receivedAt, null, MediaType.APPLICATION_JSON_VALUE,
				body.tooLarge() ? null : body.bytes(), body.size(), body.sha256());
		SubmissionIntake.Outcome outcome;
		try {
			outcome = this.intake.receive(receipt, Sender.apiToken(unit),
					kept -> body.tooLarge()
							? ReceivedSubmission.unreadable(kept,
									List.of(new SubmissionError(SubmissionErrorCode.FILE_TOO_LARGE,
											Location.wholeFile(), "Nội dung gửi quá " + this.maxBodyBytes + " byte.")))
							: new SubmissionJsonReader().read(kept, unit));
		}
		catch (SubmissionIntake.ProcessingFailedException ex) {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("status", "RECEIVED");
			answer.put("receipt", ex.receiptId());
			answer.put("message", "Đã lưu nội dung gửi (biên nhận số " + ex.receiptId()
					+ ") nhưng chưa xử lý được lúc này; hãy gửi lại sau ít phút.");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(answer);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("status", outcome.accepted() ? "ACCEPTED" : "REJECTED");
		answer.put("receipt", outcome.receiptId());
		answer.put("unit", unit.unitCode());
		answer.put("period", outcome.periodCode());
		answer.put("version", outcome.version());
		answer.put("duplicate", outcome.duplicate());
		if (outcome.duplicate()) {
			answer.put("firstReceipt", outcome.duplicateOf());
		}
		answer.put("errors",
				outcome.errors()
					.stream()
					.map(e -> Map.of("code", e.code().name(), "field", String.valueOf(e.location().field()), "location",
							e.location().text(), "message", e.message()))
					.toList());
		HttpStatus status = outcome.duplicate() ? HttpStatus.OK
				: outcome.accepted() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(answer);
	}

	private record Body(byte[] bytes, long size, String sha256, boolean tooLarge) {
	}

	/** Reads at most the limit into memory; the rest is only counted and hashed. */
	private Body readBody(HttpServletRequest request) throws IOException, java.security.NoSuchAlgorithmException {
		MessageDigest digest = Sha256.digest();
		java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
		long size = 0;
		try (InputStream in = request.getInputStream()) {
			byte[] buffer = new byte[8192];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
				if (size + n <= this.maxBodyBytes) {
					kept.write(buffer, 0, n);
				}
				size += n;
			}
		}
		return new Body(kept.toByteArray(), size, Sha256.hex(digest), size > this.maxBodyBytes);
	}

}
