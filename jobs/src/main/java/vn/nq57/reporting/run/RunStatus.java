package vn.nq57.reporting.run;

/**
 * Where a report run or a batch of runs stands, with the words operators read for it (the
 * console, the command line and the API all print {@link #label()}).
 */
public enum RunStatus {

	CREATED("Chờ chạy"),

	STARTED("Đang chạy"),

	COMPLETED("Hoàn thành"),

	/** A batch whose plans ran, some of them failing (never a single run). */
	COMPLETED_WITH_FAILURES("Hoàn thành, có kế hoạch lỗi"),

	FAILED("Thất bại");

	private final String label;

	RunStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean isCompleted() {
		return this == COMPLETED;
	}

}
