package vn.nq57.reporting.attainment;

/** Where a task stands in a period. */
public enum TaskStatus {

	NOT_STARTED("Chưa triển khai"), IN_PROGRESS("Đang triển khai"), DONE("Hoàn thành"),
	/** The lead unit sent nothing for the period. */
	NOT_REPORTED("Chưa báo cáo");

	private final String vietnameseName;

	TaskStatus(String vietnameseName) {
		this.vietnameseName = vietnameseName;
	}

	public String vietnameseName() {
		return vietnameseName;
	}

}
