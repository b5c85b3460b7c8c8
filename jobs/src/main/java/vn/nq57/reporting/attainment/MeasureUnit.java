package vn.nq57.reporting.attainment;

import java.util.Arrays;
import java.util.Locale;

/** What an indicator's figures measure, as named in the plan catalog ({@code unit:}). */
public enum MeasureUnit {

	PERCENT("percent", "%"), PERCENT_GRDP("percent_grdp", "% GRDP"), COUNT("count", ""),
	/**
	 * So many per a base of the population: "10 người trên 01 vạn dân" (catalog
	 * rate_per).
	 */
	RATE("rate", ""), INDEX("index", ""), RANK("rank", ""), BOOLEAN("boolean", ""), TEXT("text", "");

	private final String catalogName;

	private final String suffix;

	MeasureUnit(String catalogName, String suffix) {
		this.catalogName = catalogName;
		this.suffix = suffix;
	}

	public String catalogName() {
		return catalogName;
	}

	/** What follows a number of this unit in a document: "%", "% GRDP" or nothing. */
	public String suffix() {
		return suffix;
	}

	/**
	 * Per-cent figures are shares: parts add up as numerator over denominator, times 100.
	 */
	public boolean isPercent() {
		return this == PERCENT || this == PERCENT_GRDP;
	}

	public static MeasureUnit fromCatalogName(String name) {
		String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(unit -> unit.catalogName.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Đơn vị đo không hợp lệ: \"" + name
					+ "\"; chỉ nhận percent, percent_grdp, count, rate, index, rank, boolean, text"));
	}

}
