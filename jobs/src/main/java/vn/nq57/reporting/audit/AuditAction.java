package vn.nq57.reporting.audit;

/** What was done, with the words an administrator reads for it. */
public enum AuditAction {

	REPORT_RUN("Lập báo cáo"),

	REPORT_RERUN("Chạy lại báo cáo"),

	RUN_RESTART("Chạy tiếp lần chạy lỗi"),

	BATCH_RUN("Lập báo cáo cả tỉnh"),

	BATCH_RESTART("Chạy tiếp đợt báo cáo"),

	RESEND("Gửi lại báo cáo"),

	RESEND_MESSAGE("Gửi lại thư"),

	APPROVE("Phê duyệt"),

	RETURN("Trả lại dự thảo"),

	PLAN_IMPORT("Nạp kế hoạch"),

	USER_ADD("Thêm người dùng"),

	USER_CHANGE("Đổi mật khẩu, vai trò người dùng"),

	USER_DISABLE("Vô hiệu hóa người dùng"),

	USER_ENABLE("Kích hoạt lại người dùng"),

	USER_UNLOCK("Mở khóa người dùng");

	private final String label;

	AuditAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
