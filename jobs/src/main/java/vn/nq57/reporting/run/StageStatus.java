package vn.nq57.reporting.run;

/** How one stage of one attempt of a run ended. */
public enum StageStatus {

	COMPLETED("Hoàn thành"),

	FAILED("Thất bại"),

	/**
	 * Done, then undone with its transaction when a later stage of the same group failed.
	 */
	ROLLED_BACK("Đã hoàn tác (lỗi ở bước sau cùng giao dịch)");

	private final String label;

	StageStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
