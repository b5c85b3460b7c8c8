package vn.nq57.reporting.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Pulls the inbox folder: imports every .xlsx in it, then moves each to processed/ or
 * rejected/ (with a .loi.txt file of the errors beside it). A file that could not be
 * imported at all (the database was down) stays where it is for the next pull. Scheduling
 * the pull is the scheduler's job.
 */
@Service
public class SubmissionInbox {

	private static final Logger log = LoggerFactory.getLogger(SubmissionInbox.class);

	private final SpreadsheetSubmissionImporter importer;

	public SubmissionInbox(SpreadsheetSubmissionImporter importer) {
		this.importer = importer;
	}

	/**
	 * One file pulled: where it went and what became of it (null outcome: left in the
	 * inbox).
	 */
	public record Pulled(Path file, Path movedTo, SubmissionIntake.Outcome outcome, String failure) {
	}

	public List<Pulled> pull(Path inbox) throws IOException {
		if (!Files.isDirectory(inbox)) {
			throw new IllegalArgumentException("Không có thư mục hộp thư " + inbox);
		}
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(inbox)) {
			for (Path file : stream) {
				if (Files.isRegularFile(file)
						&& file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
					files.add(file);
				}
			}
		}
		files.sort(null);
		List<Pulled> pulled = new ArrayList<>();
		for (Path file : files) {
			pulled.add(pullOne(inbox, file));
		}
		return pulled;
	}

	private Pulled pullOne(Path inbox, Path file) {
		SubmissionIntake.Outcome outcome;
		try {
			outcome = this.importer.importFile(file);
		}
		catch (Exception ex) {
			log.warn("Không nhập được {}: {}", file, ex.getMessage());
			return new Pulled(file, null, null, String.valueOf(ex.getMessage()));
		}
		try {
			Path folder = Files.createDirectories(inbox.resolve(outcome.accepted() ? "processed" : "rejected"));
			Path target = free(folder.resolve(file.getFileName()));
			Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
			if (!outcome.accepted()) {
				Files.writeString(target.resolveSibling(target.getFileName() + ".loi.txt"), errorText(file, outcome),
						StandardCharsets.UTF_8);
			}
			return new Pulled(file, target, outcome, null);
		}
		catch (IOException ex) {
			log.warn("Đã nhập {} (biên nhận {}) nhưng không chuyển được tệp: {}", file, outcome.receiptId(),
					ex.getMessage());
			return new Pulled(file, null, outcome, String.valueOf(ex.getMessage()));
		}
	}

	static String errorText(Path file, SubmissionIntake.Outcome outcome) {
		StringBuilder text = new StringBuilder();
		text.append("Tệp ")
			.append(file.getFileName())
			.append(" bị từ chối (biên nhận số ")
			.append(outcome.receiptId())
			.append("). Sửa các lỗi dưới đây rồi gửi lại:\n");
		outcome.errors().forEach(e -> text.append("- ").append(e.text()).append('\n'));
		return text.toString();
	}

	/**
	 * The same name, or one with the time added when a file of that name was pulled
	 * before.
	 */
	private static Path free(Path target) {
		if (!Files.exists(target)) {
			return target;
		}
		String stamp = LocalDateTime.now(ReportingZone.ZONE).format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS"));
		return target.resolveSibling(stamp + "-" + target.getFileName());
	}

}
