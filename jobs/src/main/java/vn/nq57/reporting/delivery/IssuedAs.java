package vn.nq57.reporting.delivery;

/**
 * How an issued report version is named in its email.
 *
 * @param number as the document prints it, e.g. "Số: 05/BC-UBND"
 * @param issuedOn the date of issue, e.g. "ngày 05 tháng 01 năm 2026"
 * @param signedBy who signed it, e.g. "Trần Văn Trà (Phó Chủ tịch) và Ủy ban nhân dân xã
 * Vũ Quang (chữ ký số của cơ quan)"
 */
public record IssuedAs(String number, String issuedOn, String signedBy) {

	/** "Số: 05/BC-UBND ngày 05 tháng 01 năm 2026". */
	public String numberAndDate() {
		return this.number + " " + this.issuedOn;
	}

}
