package vn.nq57.reporting.attainment;

/**
 * The headline status of one indicator in one period. An annual report gives the verdicts
 * Vượt, Đạt, Chưa đạt against the year's target; an interim report (month, quarter, six
 * months, an ad hoc period within the year) says how the figure keeps to the roadmap
 * toward the year's target: Đã đạt chỉ tiêu năm, Đúng lộ trình, Chậm so với lộ trình. The
 * rest apply to both.
 */
public enum AttainmentStatus {

	EXCEEDED("Vượt"), ACHIEVED("Đạt"), NOT_ACHIEVED("Chưa đạt"),
	/** Interim: the year's target is already met. */
	YEAR_TARGET_REACHED("Đã đạt chỉ tiêu năm"),
	/** Interim: at least as good as the roadmap at the end of the data window. */
	ON_ROADMAP("Đúng lộ trình"),
	/** Interim: worse than the roadmap at the end of the data window. */
	BEHIND_ROADMAP("Chậm so với lộ trình"),
	/**
	 * Interim: the year's target is not met and nothing says where the year started
	 * (lower is better, no figure before the year, no target the year before).
	 */
	NO_ROADMAP("Chưa xác định lộ trình"),
	/**
	 * The plan sets a target only for a later milestone and no starting point gives a
	 * straight line to it.
	 */
	NO_YEAR_TARGET("Chưa xác định chỉ tiêu năm"), NO_DATA("Chưa có số liệu"),
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

	/** True for the statuses an interim report gives by the roadmap. */
	public boolean isRoadmap() {
		return this == YEAR_TARGET_REACHED || this == ON_ROADMAP || this == BEHIND_ROADMAP;
	}

	/**
	 * A figure judged against a number (a verdict or a roadmap status), as opposed to no
	 * figure, no target or words.
	 */
	public boolean isJudged() {
		return isVerdict() || isRoadmap();
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

	/**
	 * What a document prints for this status. A qualitative target shows the responsible
	 * unit's own verdict: in an annual report "Đánh giá định tính: Đạt (đơn vị tự đánh
	 * giá)"; in an interim report, where no verdict belongs, "Đánh giá định tính: Đã đạt
	 * (đơn vị tự đánh giá)" or "… Đang thực hiện (đơn vị tự đánh giá)".
	 * @param selfAssessment the unit's own verdict on a qualitative target, or null
	 * @param judgement what the report judges; null is read as the year's verdicts
	 */
	public String text(AttainmentStatus selfAssessment, Judgement judgement) {
		if (this != QUALITATIVE) {
			return this.vietnameseName;
		}
		if (selfAssessment == null) {
			return this.vietnameseName + ": đơn vị chưa tự đánh giá";
		}
		return this.vietnameseName + ": " + selfAssessment.asSelfAssessment(judgement) + " (đơn vị tự đánh giá)";
	}

	/**
	 * A unit's own verdict as a report prints it: "Vượt", "Đạt", "Chưa đạt" in an annual
	 * report; in an interim one, where no verdict of the year belongs, "Đã đạt" (Vượt,
	 * Đạt) or "Đang thực hiện" (Chưa đạt).
	 */
	public String asSelfAssessment(Judgement judgement) {
		if (judgement != Judgement.ROADMAP) {
			return this.vietnameseName;
		}
		return (this == NOT_ACHIEVED) ? "Đang thực hiện" : "Đã đạt";
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
