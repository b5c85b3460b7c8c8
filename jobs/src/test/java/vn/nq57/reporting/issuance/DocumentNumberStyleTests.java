package vn.nq57.reporting.issuance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumberStyleTests {

	@Test
	void aPeoplesCommitteePrintsNumberSlashKindHyphenIssuer() {
		assertThat(DocumentNumberStyle.STATE.format(12, "BC-UBND")).isEqualTo("Số: 12/BC-UBND");
		assertThat(DocumentNumberStyle.STATE.format(123, "BC", "UBND")).isEqualTo("Số: 123/BC-UBND");
	}

	@Test
	void aPartyCommitteePrintsNumberHyphenKindSlashIssuer() {
		assertThat(DocumentNumberStyle.PARTY.format(12, "BC-ĐU")).isEqualTo("Số 12-BC/ĐU");
	}

	@Test
	void numbersUnderTenTakeALeadingZero() {
		assertThat(DocumentNumberStyle.STATE.format(5, "BC-UBND")).isEqualTo("Số: 05/BC-UBND");
		assertThat(DocumentNumberStyle.PARTY.format(1, "BC-ĐU")).isEqualTo("Số 01-BC/ĐU");
		assertThat(DocumentNumberStyle.PARTY.format(12, "BC/ĐU")).as("as a party catalog writes it")
			.isEqualTo("Số 12-BC/ĐU");
	}

	@Test
	void theIssuersNameInTheCatalogSaysTheStyle() {
		assertThat(DocumentNumberStyle.ofIssuer("ỦY BAN NHÂN DÂN XÃ VŨ QUANG")).isEqualTo(DocumentNumberStyle.STATE);
		assertThat(DocumentNumberStyle.ofIssuer("ĐẢNG ỦY XÃ LỘC HƯNG")).isEqualTo(DocumentNumberStyle.PARTY);
		assertThat(DocumentNumberStyle.ofIssuer("Đảng uỷ xã Lộc Hưng")).isEqualTo(DocumentNumberStyle.PARTY);
		assertThat(DocumentNumberStyle.ofIssuer("BAN THƯỜNG VỤ ĐẢNG ỦY XÃ LỘC HƯNG"))
			.isEqualTo(DocumentNumberStyle.PARTY);
	}

	@Test
	void aSymbolWithoutKindAndIssuerIsRefused() {
		assertThatThrownBy(() -> DocumentNumberStyle.STATE.format(1, "UBND")).hasMessageContaining("«UBND»");
		assertThatThrownBy(() -> DocumentNumberStyle.STATE.format(0, "BC-UBND")).hasMessageContaining("từ 1");
	}

}
