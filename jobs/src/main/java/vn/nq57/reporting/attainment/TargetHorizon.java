package vn.nq57.reporting.attainment;

import java.util.Locale;

/**
 * When a target applies, as the plan prints it: at a milestone year ("đến năm 2030"), or
 * without a year: "Thường xuyên" (standing), "Hằng năm" (yearly) or no time at all
 * (unstated). A target without a year applies to every year, at the same level; no
 * milestone year is invented for it.
 */
public enum TargetHorizon {

	MILESTONE("milestone", null),
	STANDING("standing", "Chỉ tiêu thường xuyên (kế hoạch không ghi năm): áp dụng cho từng năm"),
	YEARLY("yearly", "Chỉ tiêu hằng năm: áp dụng cho từng năm"),
	UNSTATED("unstated", "Kế hoạch không ghi mốc thời gian: so với cùng một mức mỗi năm");

	private final String catalogName;

	private final String note;

	TargetHorizon(String catalogName, String note) {
		this.catalogName = catalogName;
		this.note = note;
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
