package vn.nq57.reporting.attainment;

/** The verdict on one indicator for one period. */
public enum AttainmentStatus {

	EXCEEDED("Vượt"), ACHIEVED("Đạt"), NOT_ACHIEVED("Chưa đạt"), NO_DATA("Chưa có số liệu"),
	NO_TARGET("Không có chỉ tiêu cho mốc này"), QUALITATIVE("Đánh giá định tính");

	private final String vietnameseName;

	AttainmentStatus(String vietnameseName) {
		this.vietnameseName = vietnameseName;
	}

	public String vietnameseName() {
		return vietnameseName;
	}

	/** True for the three verdicts a figure can earn against a number. */
	public boolean isVerdict() {
		return this == EXCEEDED || this == ACHIEVED || this == NOT_ACHIEVED;
	}

	/** Order of the verdicts, NOT_ACHIEVED (0) &lt; ACHIEVED (1) &lt; EXCEEDED (2). */
	public int verdictRank() {
		return switch (this) {
			case NOT_ACHIEVED -> 0;
			case ACHIEVED -> 1;
			case EXCEEDED -> 2;
			default -> throw new IllegalStateException(this + " is not a verdict");
		};
	}

	public static AttainmentStatus fromVietnameseName(String name) {
		for (AttainmentStatus status : values()) {
			if (status.vietnameseName.equals(name == null ? null : name.strip())) {
				return status;
			}
		}
		throw new IllegalArgumentException("Trạng thái không hợp lệ: \"" + name + "\"");
	}

}
