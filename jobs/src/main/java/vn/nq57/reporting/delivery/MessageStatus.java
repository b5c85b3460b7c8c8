package vn.nq57.reporting.delivery;

/**
 * Where a message of the outbox stands, with the words operators read for it (console,
 * command line and API alike).
 */
public enum MessageStatus {

	PENDING("Chờ gửi"),

	SENDING("Đang gửi"),

	SENT("Đã gửi"),

	/**
	 * No SMTP server configured: written as an .eml file instead, which reaches nobody,
	 * so it never counts as delivered.
	 */
	WRITTEN("Chưa cấu hình SMTP, đã ghi tệp .eml"),

	FAILED("Gửi thất bại"),

	/** Its sender stopped while sending: nobody knows whether the server took it. */
	UNCERTAIN("Không rõ đã gửi hay chưa");

	private final String label;

	MessageStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Nothing more will be tried: handed to the SMTP server, or written to a file when no
	 * server is configured.
	 */
	public boolean isDone() {
		return this == SENT || this == WRITTEN;
	}

	/** Taken by an SMTP server: the only status that counts as delivered. */
	public boolean isDelivered() {
		return this == SENT;
	}

	/** What an operator may send again after checking with the recipient. */
	public boolean canResend() {
		return this == FAILED || this == UNCERTAIN;
	}

}
