package vn.nq57.reporting.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

import vn.nq57.reporting.archive.ArchivedFileTypes;
import vn.nq57.reporting.archive.Sha256;

/**
 * Builds the MIME message of an outbox row: Vietnamese subject, plain-text and HTML body
 * (multipart/alternative; HTML alone for reminders and alerts), and the archived report
 * files, each checked against the size limit and the SHA-256 recorded when it was
 * archived.
 */
public class ReportMessageComposer {

	private final MailSettings settings;

	public ReportMessageComposer(MailSettings settings) {
		this.settings = settings;
	}

	public MimeMessage compose(OutboxMessage message, List<Attachment> attachments, Session session)
			throws MessagingException {
		if (message.isReport()
				&& attachments.stream().noneMatch(a -> "PDF".equals(a.kind()) || "SIGNED".equals(a.kind()))) {
			throw new AttachmentProblemException("Báo cáo (lần chạy " + message.reportRunId()
					+ ") chưa có tệp PDF trong lưu trữ: không gửi thư thiếu báo cáo.");
		}
		MimeMessage mime = new MimeMessage((session != null) ? session : Session.getInstance(new Properties()));
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.settings.from());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		if (message.bodyText() != null) {
			// multipart/alternative: the plain text first, the HTML preferred by readers
			// that show it
			helper.setText(message.bodyText(), message.bodyHtml());
		}
		else {
			helper.setText(message.bodyHtml(), true);
		}
		for (Attachment attachment : attachments) {
			Path file = Path.of(attachment.path());
			verify(attachment, file);
			helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file),
					ArchivedFileTypes.contentType(attachment.kind()));
		}
		mime.saveChanges();
		return mime;
	}

	private void verify(Attachment attachment, Path file) {
		if (!Files.isRegularFile(file)) {
			throw new AttachmentProblemException("Tệp đính kèm không còn trong lưu trữ: " + file);
		}
		try {
			long size = Files.size(file);
			if (size > this.settings.maxAttachmentBytes()) {
				throw new AttachmentProblemException("Tệp đính kèm " + file + " (" + size + " byte) vượt giới hạn "
						+ this.settings.maxAttachmentBytes() + " byte của máy chủ thư");
			}
			String actual = Sha256.of(file);
			if (!actual.equals(attachment.sha256())) {
				throw new AttachmentProblemException(
						"Tệp đính kèm " + file + " đã bị thay đổi sau khi lưu trữ (SHA-256 không khớp): không gửi");
			}
		}
		catch (IOException ex) {
			throw new AttachmentProblemException("Không đọc được tệp đính kèm " + file + ": " + ex.getMessage());
		}
	}

}
