package vn.nq57.reporting.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.delivery.OperatorAlerts;
import vn.nq57.reporting.submission.InboxLayout.UnitFolder;

/**
 * Pulls the inbox: one folder per unit ({@link InboxLayout}), whose folder — not the
 * workbook — says which unit sent a form. Each form is read only if it is a regular file
 * of its own, imported, and moved into that unit's processed/ (accepted, or the same
 * bytes already accepted) or rejected/ (with a .loi.txt note of the errors), owner-only.
 * A form that cannot be stored (the database is down) stays for the next pull, and after
 * the configured number of attempts is moved to failed/ with its reason and the operators
 * are told. Links, FIFOs, devices, folders and forms outside any unit's folder are never
 * read: they are moved aside and reported. Scheduling the pull is the scheduler's job.
 */
@Service
public class SubmissionInbox {

	private static final Logger log = LoggerFactory.getLogger(SubmissionInbox.class);

	private final SpreadsheetSubmissionImporter importer;

	private final CatalogMapper catalog;

	private final OperatorAlerts alerts;

	private final int maxAttempts;

	private final Clock clock;

	public SubmissionInbox(SpreadsheetSubmissionImporter importer, CatalogMapper catalog, OperatorAlerts alerts,
			SubmissionProperties properties, Clock clock) {
		this.importer = importer;
		this.catalog = catalog;
		this.alerts = alerts;
		this.maxAttempts = Math.max(1, properties.inboxMaxAttempts());
		this.clock = clock;
	}

	/** What became of one inbox entry. */
	public enum Result {

		/** Imported and accepted: moved to processed/. */
		ACCEPTED,
		/**
		 * The same bytes were already accepted for the unit: moved to processed/, no new
		 * version.
		 */
		DUPLICATE,
		/** Imported and refused: moved to rejected/ with its errors. */
		REJECTED,
		/**
		 * Not a regular file of its own (a link, FIFO, device, folder): moved to
		 * rejected/ unread.
		 */
		REFUSED_UNREAD,
		/** Outside any unit's folder: moved to unsorted/ unread. */
		MISPLACED,
		/** Could not be stored this time: left for the next pull. */
		LEFT_FOR_NEXT_PULL,
		/** Could not be stored after every attempt: moved to failed/, operators told. */
		SET_ASIDE,
		/**
		 * The unit's kept folders are not safe to use: left where it is, operators told.
		 */
		FOLDER_REFUSED;

		/** Whether the entry's content is now stored (or was before). */
		public boolean stored() {
			return this == ACCEPTED || this == DUPLICATE || this == REJECTED;
		}

	}

	/**
	 * One entry pulled: where it went (null: left where it was), what became of it, the
	 * import's outcome (when imported) and why it was not (when not).
	 */
	public record Pulled(Path file, Path movedTo, Result result, SubmissionIntake.Outcome outcome, String failure) {
	}

	public List<Pulled> pull(Path inbox) throws IOException {
		if (!Files.isDirectory(inbox)) {
			throw new IllegalArgumentException("Không có thư mục hộp thư " + inbox);
		}
		InboxState state = InboxState.load(inbox);
		List<Pulled> pulled = new ArrayList<>();
		try {
			raisePendingAlerts(state);
			InboxLayout.Contents contents = InboxLayout.walk(inbox);
			for (Path entry : contents.misplaced()) {
				pulled.add(setAsideMisplaced(inbox, entry, state));
			}
			for (UnitFolder unit : contents.units()) {
				pullUnit(inbox, unit, state, pulled);
			}
		}
		finally {
			state.save();
		}
		return pulled;
	}

	/** The folders made or found for a plan's units, and warnings about the inbox. */
	public record Prepared(List<Path> unitFolders, List<String> warnings) {
	}

	/**
	 * Makes the inbox's folder for each unit of a plan (its latest version): the inbox
	 * and the plan's folder passable but not listable by others (711), each unit's folder
	 * and its processed/, rejected/ and failed/ owner-only (700). Giving each unit's
	 * account access to its own folder is the administrator's step (see the README).
	 */
	public Prepared prepare(Path inbox, String planCode) throws IOException {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã " + planCode);
		}
		List<String> warnings = new ArrayList<>();
		Files.createDirectories(inbox.toAbsolutePath().getParent());
		PrivateFolders.create(inbox, PrivateFolders.PASS_THROUGH);
		if (PrivateFolders.writableByOthers(inbox)) {
			warnings.add("Thư mục hộp thư " + inbox
					+ " cho phép tài khoản khác ghi vào: hãy đổi thành 711 (chmod 711) để đơn vị chỉ vào được thư mục của mình.");
		}
		Path planFolder = inbox.resolve(plan.planCode());
		PrivateFolders.create(planFolder, PrivateFolders.PASS_THROUGH);
		List<Path> folders = new ArrayList<>();
		for (var unit : this.catalog.findUnits(plan.id())) {
			if ("group".equals(unit.kind())) {
				continue;
			}
			Path folder = planFolder.resolve(unit.code());
			PrivateFolders.create(folder, PrivateFolders.OWNER_ONLY);
			for (String kept : List.of(InboxLayout.PROCESSED, InboxLayout.REJECTED, InboxLayout.FAILED)) {
				PrivateFolders.kept(folder.resolve(kept), inbox);
			}
			folders.add(folder);
		}
		return new Prepared(folders, warnings);
	}

	private void pullUnit(Path inbox, UnitFolder unit, InboxState state, List<Pulled> pulled) throws IOException {
		List<Path> forms = InboxLayout.forms(unit.path());
		if (forms.isEmpty()) {
			return;
		}
		Path processed;
		Path rejected;
		Path failed;
		try {
			processed = PrivateFolders.kept(unit.path().resolve(InboxLayout.PROCESSED), inbox);
			rejected = PrivateFolders.kept(unit.path().resolve(InboxLayout.REJECTED), inbox);
			failed = PrivateFolders.kept(unit.path().resolve(InboxLayout.FAILED), inbox);
		}
		catch (PrivateFolders.FolderRefusedException ex) {
			alert(state, "inbox-folder:" + unit.path(), "Hộp thư của đơn vị " + unit.label() + " không an toàn",
					ex.getMessage() + ". Các tệp trong " + unit.path()
							+ " chưa được nhập; hãy kiểm tra thư mục rồi để lần nhận sau nhập lại.");
			for (Path form : forms) {
				pulled.add(new Pulled(form, null, Result.FOLDER_REFUSED, null, ex.getMessage()));
			}
			return;
		}
		Sender sender = Sender.unitFolder(unit.planCode(), unit.unitCode());
		for (Path form : forms) {
			pulled.add(pullOne(inbox, unit, sender, form, state, processed, rejected, failed));
		}
	}

	private Pulled pullOne(Path inbox, UnitFolder unit, Sender sender, Path form, InboxState state, Path processed,
			Path rejected, Path failed) {
		// a form is known by its place, size and time, so a corrected file starts its
		// attempts anew
		String key = inbox.relativize(form).toString();
		ReceivedFile read;
		try {
			BasicFileAttributes seen = Files.readAttributes(form, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			key = key + "|" + seen.size() + "|" + seen.lastModifiedTime().toMillis();
			read = ReceivedFile.readOwn(form, this.importer.limits().maxFileBytes());
		}
		catch (ReceivedFile.NotOwnFileException ex) {
			return refuseUnread(unit, form, ex.reason(), rejected, state);
		}
		catch (IOException ex) {
			return failedAttempt(unit, form, key, null, ex, failed, state);
		}
		SubmissionIntake.Outcome outcome;
		try {
			outcome = this.importer.importFrom(read, sender, LocalDateTime.now(this.clock), state.pendingReceipt(key));
		}
		catch (SubmissionIntake.ProcessingFailedException ex) {
			return failedAttempt(unit, form, key, ex.receiptId(), ex.getCause(), failed, state);
		}
		catch (RuntimeException ex) {
			return failedAttempt(unit, form, key, null, ex, failed, state);
		}
		state.forget(key);
		Result result = outcome.duplicate() ? Result.DUPLICATE : outcome.accepted() ? Result.ACCEPTED : Result.REJECTED;
		try {
			Path target = move(form, outcome.accepted() ? processed : rejected);
			if (outcome.duplicate()) {
				PrivateFolders.writeNote(note(target, ".da-nhan.txt"), duplicateText(form, outcome));
			}
			else if (!outcome.accepted()) {
				PrivateFolders.writeNote(note(target, ".loi.txt"), errorText(form, outcome));
			}
			return new Pulled(form, target, result, outcome, null);
		}
		catch (IOException ex) {
			log.warn("Đã nhập {} (biên nhận {}) nhưng không chuyển được tệp: {}", form, outcome.receiptId(),
					ex.getMessage());
			return new Pulled(form, null, result, outcome, String.valueOf(ex.getMessage()));
		}
	}

	/**
	 * A link, FIFO, device or folder where a form belongs: moved to rejected/, never
	 * read.
	 */
	private Pulled refuseUnread(UnitFolder unit, Path form, String reason, Path rejected, InboxState state) {
		String text = "Tệp " + form.getFileName() + " trong thư mục của đơn vị " + unit.label()
				+ " không được đọc và bị từ chối: " + reason
				+ ". Chỉ nhận tệp .xlsx thật (không phải liên kết, thư mục hay tệp đặc biệt) chép thẳng vào thư mục của đơn vị.\n";
		try {
			Path target = move(form, rejected);
			PrivateFolders.writeNote(note(target, ".loi.txt"), text);
			alert(state, "inbox-refused:" + target,
					"Hộp thư: một tệp của đơn vị " + unit.label() + " bị từ chối, không đọc",
					text + "Tệp (mục) đã được chuyển sang " + target + ".");
			return new Pulled(form, target, Result.REFUSED_UNREAD, null, reason);
		}
		catch (IOException ex) {
			log.warn("Không chuyển được {} (bị từ chối: {}): {}", form, reason, ex.getMessage());
			return new Pulled(form, null, Result.REFUSED_UNREAD, null, reason);
		}
	}

	/**
	 * A form outside any unit's folder: whose it is cannot be told, so it is set aside
	 * unread.
	 */
	private Pulled setAsideMisplaced(Path inbox, Path entry, InboxState state) {
		String reason = "nằm ngoài thư mục của mọi đơn vị nên không biết đơn vị nào gửi";
		String text = "Tệp " + inbox.relativize(entry) + " " + reason + "; tệp không được đọc. Đặt tệp vào "
				+ "<hộp thư>/<MÃ KẾ HOẠCH>/<MÃ ĐƠN VỊ>/ của đơn vị gửi (lệnh ./reports submission inbox init --plan MÃ"
				+ " lập các thư mục đó), hoặc người vận hành nhập tay bằng ./reports submission import TỆP.\n";
		try {
			Path unsorted = PrivateFolders.kept(inbox.resolve(InboxLayout.UNSORTED), inbox);
			Path target = move(entry, unsorted);
			PrivateFolders.writeNote(note(target, ".loi.txt"), text);
			alert(state, "inbox-misplaced:" + target, "Hộp thư: tệp nằm ngoài thư mục của đơn vị",
					text + "Tệp đã được chuyển sang " + target + ".");
			return new Pulled(entry, target, Result.MISPLACED, null, reason);
		}
		catch (IOException ex) {
			log.warn("Không chuyển được {} ({}): {}", entry, reason, ex.getMessage());
			return new Pulled(entry, null, Result.MISPLACED, null, reason);
		}
	}

	/**
	 * The form could not be stored: left for the next pull, or, after the last attempt,
	 * moved to failed/ with its reason and the operators told.
	 */
	private Pulled failedAttempt(UnitFolder unit, Path form, String key, Long receiptId, Throwable cause, Path failed,
			InboxState state) {
		String reason = (cause.getMessage() == null) ? cause.getClass().getSimpleName() : cause.getMessage();
		reason = (reason.length() > 500) ? reason.substring(0, 499) + "…" : reason;
		int attempts = state.failed(key, receiptId);
		if (attempts < this.maxAttempts) {
			log.warn("Chưa lưu được {} (lần thử {}/{}), để lại cho lần nhận sau: {}", form, attempts, this.maxAttempts,
					reason);
			return new Pulled(form, null, Result.LEFT_FOR_NEXT_PULL, null,
					reason + " (lần thử " + attempts + "/" + this.maxAttempts + ")");
		}
		String text = "Tệp " + form.getFileName() + " của đơn vị " + unit.label() + " chưa lưu được sau " + attempts
				+ " lần thử; lần cuối: " + reason
				+ ((receiptId == null) ? ""
						: ". Nội dung đã được giữ ở biên nhận số " + receiptId + " nhưng chưa được xử lý")
				+ ".\nTệp được để riêng ở thư mục failed/ và người vận hành đã được báo. Khi hệ thống ổn định, chuyển tệp trở lại "
				+ unit.path() + " để lần nhận sau nhập lại.\n";
		try {
			Path target = move(form, failed);
			PrivateFolders.writeNote(note(target, ".loi.txt"), text);
			state.forget(key);
			alert(state, "inbox-failed:" + target, "Hộp thư: không lưu được tệp của đơn vị " + unit.label(),
					text + "Tệp: " + target + ".");
			return new Pulled(form, target, Result.SET_ASIDE, null, reason);
		}
		catch (IOException ex) {
			log.error("Không lưu được {} sau {} lần thử và cũng không chuyển được sang {}: {}", form, attempts, failed,
					ex.getMessage());
			return new Pulled(form, null, Result.LEFT_FOR_NEXT_PULL, null, reason);
		}
	}

	/**
	 * Tells the operators; when that fails too (the database is what is down), the alert
	 * waits in the inbox's state for the next pull, and the log has it now.
	 */
	private void alert(InboxState state, String key, String subject, String text) {
		try {
			this.alerts.raise(key, subject, text);
			state.alertQueued(key);
		}
		catch (RuntimeException ex) {
			log.error("{}: {} (chưa gửi được cảnh báo cho người vận hành: {}; sẽ thử lại ở lần nhận sau)", subject,
					text, ex.getMessage());
			state.alertPending(key, subject, text);
		}
	}

	private void raisePendingAlerts(InboxState state) {
		for (Map.Entry<String, String[]> pending : state.pendingAlerts().entrySet()) {
			try {
				this.alerts.raise(pending.getKey(), pending.getValue()[0], pending.getValue()[1]);
				state.alertQueued(pending.getKey());
			}
			catch (RuntimeException ex) {
				log.warn("Vẫn chưa gửi được cảnh báo «{}»: {}", pending.getValue()[0], ex.getMessage());
			}
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

	static String duplicateText(Path file, SubmissionIntake.Outcome outcome) {
		return "Tệp " + file.getFileName() + " đã được nhận trước đó: phiên bản " + outcome.version() + " của đơn vị "
				+ outcome.unitCode() + ", kỳ " + outcome.periodCode() + " (biên nhận số " + outcome.duplicateOf()
				+ "). Lần gửi này (biên nhận số " + outcome.receiptId() + ") không tạo phiên bản mới.\n";
	}

	/** Moves an entry (a file, or a link or FIFO itself, never what it points to). */
	private Path move(Path entry, Path folder) throws IOException {
		Path target = free(folder.resolve(entry.getFileName()));
		Files.move(entry, target, StandardCopyOption.ATOMIC_MOVE);
		PrivateFolders.ownerOnly(target);
		return target;
	}

	private Path note(Path target, String suffix) {
		return free(target.resolveSibling(target.getFileName() + suffix));
	}

	/**
	 * The same name, or one with the time added when a file of that name was pulled
	 * before.
	 */
	private Path free(Path target) {
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return target;
		}
		String stamp = LocalDateTime.now(this.clock).format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss-SSS"));
		return target.resolveSibling(stamp + "-" + target.getFileName());
	}

}
