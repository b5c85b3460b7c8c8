package vn.nq57.reporting.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog reader says where a broken file is broken, without a database. */
class PlanCatalogReaderTests {

	private final PlanCatalogReader reader = new PlanCatalogReader();

	@Test
	void brokenYamlNamesTheLine() {
		String text = "code: \"X\"\ntitle: \"T\"\nunits:\n  - code: \"A\"\n   name: \"bad indent\"\n";
		assertThatThrownBy(() -> this.reader.read("plans/x.yaml", text)).isInstanceOf(InvalidCatalogException.class)
			.hasMessageContaining("plans/x.yaml:5")
			.hasMessageContaining("YAML không hợp lệ");
	}

	@Test
	void misspeltFieldIsReportedNotIgnored() {
		String text = minimal().replace("    unit: \"percent\"", "    unti: \"percent\"");
		assertThatThrownBy(() -> this.reader.read("plans/x.yaml", text)).isInstanceOf(InvalidCatalogException.class)
			.hasMessageContaining("indicators[0].unti: trường không có trong định dạng danh mục")
			.hasMessageContaining("indicators[0].unit: thiếu trường bắt buộc");
	}

	@Test
	void duplicateKeyIsRefused() {
		String text = minimal().replace("code: \"DEMO\"", "code: \"DEMO\"\ncode: \"DEMO2\"");
		assertThatThrownBy(() -> this.reader.read("plans/x.yaml", text)).isInstanceOf(InvalidCatalogException.class)
			.hasMessageContaining("plans/x.yaml:2");
	}

	@Test
	void aliasBombIsRefused() {
		StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\"]\n");
		for (int i = 1; i < 20; i++) {
			bomb.append((char) ('a' + i))
				.append(": &")
				.append((char) ('a' + i))
				.append(" [*")
				.append((char) ('a' + i - 1))
				.append(",*")
				.append((char) ('a' + i - 1))
				.append("]\n");
		}
		assertThatThrownBy(() -> this.reader.read("plans/bomb.yaml", bomb.toString()))
			.isInstanceOf(InvalidCatalogException.class);
	}

	static String minimal() {
		return """
				code: "DEMO"
				title: "Kế hoạch thử"
				issuer: {parent: "ỦY BAN NHÂN DÂN TỈNH A", name: "ỦY BAN NHÂN DÂN XÃ B", short: "UBND xã B", document_prefix: "BC-UBND"}
				locality: {kind: "xã", name: "B", province: "A", place: "B"}
				report_recipient: "Sở Khoa học và Công nghệ tỉnh A"
				consolidating_unit: "VHXH"
				signer: {title: "CHỦ TỊCH", name: "Nguyễn Văn B"}
				milestones: [2026]
				reporting:
				  - {type: "annual", to: "Sở Khoa học và Công nghệ tỉnh A"}
				units:
				  - {code: "VHXH", name: "Phòng Văn hóa - Xã hội", kind: "office"}
				indicator_groups:
				  - {code: "A", name: "Chỉ tiêu"}
				indicators:
				  - code: "D-01"
				    group: "A"
				    name: "Tỷ lệ"
				    unit: "percent"
				    direction: "higher"
				    responsible: ["VHXH"]
				    targets: {2026: "≥ 60%"}
				""";
	}

}
