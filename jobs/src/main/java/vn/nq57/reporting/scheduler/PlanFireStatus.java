package vn.nq57.reporting.scheduler;

/**
 * Where a plan's part of a scheduled run stands, with the words operators read for it.
 */
public enum PlanFireStatus {

	PENDING("Chờ chạy"),

	RUNNING("Đang chạy"),

	RAN("Đã chạy"),

	/** Another run of the plan's period was in progress. */
	SKIPPED("Bỏ qua vì đang có lần chạy khác"),

	FAILED("Thất bại");

	private final String label;

	PlanFireStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
