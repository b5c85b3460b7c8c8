package vn.nq57.reporting.attainment;

import java.time.LocalDate;

/**
 * What a report's headline status judges. The verdicts Vượt, Đạt, Chưa đạt belong to the
 * year (the annual report) and to the milestone (the annual report of a milestone year);
 * an interim report says how far the figure has come toward the year's target and whether
 * it keeps to the roadmap.
 */
public enum Judgement {

	/**
	 * Monthly, quarterly and six-month reports, and ad hoc periods ending before the
	 * year's data window closes.
	 */
	ROADMAP("lộ trình", "Đánh giá lộ trình"),
	/**
	 * The annual report, and an ad hoc period that reaches the end of the year's data
	 * window.
	 */
	YEAR("năm", "Đánh giá năm");

	private final String vietnameseName;

	private final String columnName;

	Judgement(String vietnameseName, String columnName) {
		this.vietnameseName = vietnameseName;
		this.columnName = columnName;
	}

	/** "lộ trình", "năm". */
	public String vietnameseName() {
		return this.vietnameseName;
	}

	/** The heading of the status column: "Đánh giá lộ trình", "Đánh giá năm". */
	public String columnName() {
		return this.columnName;
	}

	public static Judgement of(Period period, DataWindowPolicy policy) {
		return switch (period.type()) {
			// a review (sơ kết, tổng kết) ends with a whole year: judged like the annual
			// report
			case ANNUAL, THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> YEAR;
			case MONTHLY, QUARTERLY, HALF_YEAR -> ROADMAP;
			case AD_HOC -> {
				LocalDate yearCloses = Period.annual(period.year()).dataWindow(policy).to();
				yield period.dataWindow(policy).to().isBefore(yearCloses) ? ROADMAP : YEAR;
			}
		};
	}

}
