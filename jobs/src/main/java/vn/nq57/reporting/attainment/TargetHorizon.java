package vn.nq57.reporting.attainment;

import java.util.Locale;

/**
 * When a target applies, as the plan prints it: at a milestone year ("đến năm 2030"), or
 * without a year: "Thường xuyên" (standing), "Hằng năm" (yearly) or no time at all
 * (unstated). A target without a year applies to every year, at the same level; no
 * milestone year is invented for it.
 */
public enum TargetHorizon {

	MILESTONE("milestone", null, null, null),
	/** "Thường xuyên": the level applies every year. */
	STANDING("standing", "thường xuyên", "Chỉ tiêu thường xuyên (kế hoạch không ghi năm): áp dụng cho từng năm",
			"kế hoạch ghi “Thường xuyên”, không ghi năm; mục tiêu áp dụng cho từng năm"),
	/** "Hằng năm": the level applies to each year. */
	YEARLY("yearly", "hằng năm", "Chỉ tiêu hằng năm: áp dụng cho từng năm",
			"kế hoạch ghi “Hằng năm”; mục tiêu áp dụng cho từng năm"),
	/** No time printed: judged every year against the same level. */
	UNSTATED("unstated", "kế hoạch không ghi mốc thời gian",
			"Kế hoạch không ghi mốc thời gian: so với cùng một mức mỗi năm",
			"kế hoạch không ghi năm cho mục tiêu; mỗi năm so với cùng một mức");

	private final String catalogName;

	private final String label;

	private final String note;

	private final String meaning;

	TargetHorizon(String catalogName, String label, String note, String meaning) {
		this.catalogName = catalogName;
		this.label = label;
		this.note = note;
		this.meaning = meaning;
	}

	/**
	 * What a report's notes say of a target marked with {@link #label()}; null for a
	 * milestone.
	 */
	public String meaning() {
		return this.meaning;
	}

	/**
	 * What a document prints after such a target instead of a year: "80 (thường xuyên)";
	 * null for a milestone.
	 */
	public String label() {
		return this.label;
	}

	public String catalogName() {
		return this.catalogName;
	}

	/** What a report says about a target of this horizon; null for a milestone. */
	public String note() {
		return this.note;
	}

	public static TargetHorizon fromCatalogName(String name) {
		String wanted = (name == null) ? "milestone" : name.trim().toLowerCase(Locale.ROOT);
		for (TargetHorizon horizon : values()) {
			if (horizon.catalogName.equals(wanted)) {
				return horizon;
			}
		}
		throw new IllegalArgumentException(
				"Thời hạn của chỉ tiêu không hợp lệ: \"" + name + "\"; chỉ nhận milestone, standing, yearly, unstated");
	}

}
