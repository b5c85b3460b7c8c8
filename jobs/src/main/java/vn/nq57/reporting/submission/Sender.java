package vn.nq57.reporting.submission;

import java.text.Normalizer;

import vn.nq57.reporting.system.OperatingSystemUser;

/**
 * Who the channel says sent a submission, independently of what the submission itself
 * claims: the unit whose inbox folder a file came from, the unit an API token was issued
 * to, or an operator importing by hand (trusted: the workbook's own plan and unit stand).
 *
 * @param planCode the plan the channel belongs to, or null when the payload's claim is
 * trusted
 * @param unitCode the unit the channel belongs to, or null when the payload's claim is
 * trusted
 * @param identity how the sender is recorded on the receipt: "inbox:KIEN-AN/KT",
 * "api-token:12", "os-user:nguyen"
 */
public record Sender(String channel, String planCode, String unitCode, String identity) {

	public static final String INBOX = "SPREADSHEET";

	public static final String API = "API";

	public static final String MANUAL = "MANUAL_IMPORT";

	/** How a channel reads in Vietnamese (console, command line). */
	public static String channelLabel(String channel) {
		if (channel == null) {
			return "";
		}
		return switch (channel) {
			case INBOX -> "biểu mẫu Excel (thư mục nhận)";
			case API -> "API";
			case MANUAL -> "cán bộ nhập tay";
			default -> channel;
		};
	}

	/** A file taken from the inbox folder of one unit of one plan. */
	public static Sender unitFolder(String planCode, String unitCode) {
		String plan = nfc(planCode);
		String unit = nfc(unitCode);
		return new Sender(INBOX, plan, unit, "inbox:" + plan + "/" + unit);
	}

	/** A system holding the unit's API token. */
	public static Sender apiToken(UnitCredential credential) {
		return new Sender(API, credential.planCode(), credential.unitCode(), "api-token:" + credential.id());
	}

	/**
	 * An operator importing a file by hand, as the given OS user: trusted to say whose it
	 * is.
	 */
	public static Sender operator(String osUser) {
		return new Sender(MANUAL, null, null, "os-user:" + osUser);
	}

	/** The operator running this process. */
	public static Sender currentOperator() {
		return operator(OperatingSystemUser.current());
	}

	/** Whether the channel fixes plan and unit (the payload only has to agree). */
	public boolean bindsUnit() {
		return this.planCode != null && this.unitCode != null;
	}

	/** "thư mục hộp thư" or "mã truy cập": what a refusal names as the way it came. */
	String wayIn() {
		return API.equals(this.channel) ? "mã truy cập" : "thư mục hộp thư";
	}

	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
