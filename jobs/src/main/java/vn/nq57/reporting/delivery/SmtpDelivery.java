package vn.nq57.reporting.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Hands one message to the SMTP server through its own transport, so the server's answer
 * ("250 2.0.0 OK queued as ...") can be recorded, and a message larger than the server's
 * advertised SIZE is refused before it is sent.
 */
class SmtpDelivery {

	private final JavaMailSenderImpl sender;

	SmtpDelivery(JavaMailSenderImpl sender) {
		this.sender = sender;
	}

	/** Sends the message and returns the server's last reply. */
	String send(MimeMessage message) throws MessagingException {
		Transport transport = this.sender.getSession().getTransport(this.sender.getProtocol());
		try {
			transport.connect(this.sender.getHost(), this.sender.getPort(), this.sender.getUsername(),
					this.sender.getPassword());
			if (transport instanceof SMTPTransport smtp) {
				refuseIfTooLarge(smtp, message);
			}
			transport.sendMessage(message, message.getAllRecipients());
			return (transport instanceof SMTPTransport smtp) ? smtp.getLastServerResponse().strip() : null;
		}
		finally {
			transport.close();
		}
	}

	private static void refuseIfTooLarge(SMTPTransport smtp, MimeMessage message) throws MessagingException {
		String limit = smtp.getExtensionParameter("SIZE");
		if (limit == null || limit.isBlank()) {
			return;
		}
		try {
			long max = Long.parseLong(limit.trim());
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			message.writeTo(bytes);
			if (max > 0 && bytes.size() > max) {
				throw new AttachmentProblemException("Thư (" + bytes.size() + " byte) lớn hơn giới hạn " + max
						+ " byte của máy chủ thư: không gửi; hãy gửi báo cáo bằng cách khác.");
			}
		}
		catch (NumberFormatException | java.io.IOException ex) {
			// a server that advertises SIZE without a number sets no limit we can check
		}
	}

	/**
	 * True when the server refused for good (5xx): retrying would only repeat the
	 * refusal.
	 */
	static boolean isPermanent(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof SMTPSendFailedException sendFailed && sendFailed.getReturnCode() >= 500) {
				return true;
			}
			if (t instanceof SMTPAddressFailedException addressFailed && addressFailed.getReturnCode() >= 500) {
				return true;
			}
			if (t instanceof MessagingException messaging && messaging.getNextException() != null
					&& messaging.getNextException() != t.getCause() && isPermanent(messaging.getNextException())) {
				return true;
			}
		}
		return false;
	}

}
