package vn.nq57.reporting.attainment;

/** The relation a numeric target asks for. */
public enum TargetComparator {

	/** ≥, "ít nhất", "tối thiểu", "từ", "trở lên". */
	AT_LEAST("≥"),
	/** &gt;, "trên", "hơn". */
	MORE_THAN(">"),
	/**
	 * =, or a plain value ("100%", "đạt 3%"): reach the value in the indicator's
	 * direction.
	 */
	EXACTLY("="),
	/** ≤, "không quá", "tối đa", "trở xuống"; a rank group "nhóm 20 ... dẫn đầu". */
	AT_MOST("≤"),
	/** &lt;, "dưới". */
	LESS_THAN("<");

	private final String symbol;

	TargetComparator(String symbol) {
		this.symbol = symbol;
	}

	public String symbol() {
		return symbol;
	}

}
