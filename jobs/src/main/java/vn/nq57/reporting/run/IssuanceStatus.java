package vn.nq57.reporting.run;

/**
 * Where a report version stands in its life as an official document (Decree
 * 30/2020/NĐ-CP): a draft until a signer of the plan approves it or returns it; an
 * approved version (or, in schedule mode {@code auto}, the draft) is issued — numbered
 * from the register of outgoing documents, made again as PDF/A and signed — and then
 * sent. A draft still waiting when a newer version is made is superseded. Versions made
 * before issuance existed have none.
 */
public enum IssuanceStatus {

	DRAFT("Dự thảo, chờ duyệt"),

	APPROVED("Đã duyệt, chờ ban hành"),

	RETURNED("Bị trả lại"),

	/**
	 * A draft left waiting when a newer version of the same report was made: never
	 * approved, issued or sent.
	 */
	SUPERSEDED("Đã có phiên bản mới hơn, không dùng"),

	ISSUED("Đã ban hành"),

	SENT("Đã gửi");

	private final String label;

	IssuanceStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
