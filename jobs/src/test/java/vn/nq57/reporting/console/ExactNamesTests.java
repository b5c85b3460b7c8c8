package vn.nq57.reporting.console;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.submission.FilledForm;
import vn.nq57.reporting.submission.SpreadsheetSubmissionImporter;
import vn.nq57.reporting.submission.SubmissionFormService;
import vn.nq57.reporting.submission.UnitTokens;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * User names, unit codes and plan codes are identifiers: "ADMIN" is not "admin", "VHXH"
 * is neither "vhxh" nor "VHXH " (with a space). The database compares them byte for byte
 * (utf8mb4_nopad_bin), not as the text collation does (which takes "Admin", "admin" and
 * "ádmin" for one name, and ignores trailing spaces).
 */
@DatabaseTest
class ExactNamesTests {

	private static final String PASSWORD = "mật-khẩu-dài-đủ";

	@Autowired
	ConsoleUsers users;

	@Autowired
	PlanImporter importer;

	@Autowired
	SubmissionFormService forms;

	@Autowired
	SpreadsheetSubmissionImporter spreadsheets;

	@Autowired
	UnitPageMapper unitPages;

	@Autowired
	UnitTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void userNamesDifferingInCaseAccentOrTrailingSpaceAreDifferentUsers() {
		assertThat(this.users.save("admin", PASSWORD.toCharArray(), "ADMIN", null, null)).isTrue();

		assertThat(this.users.find("admin")).isNotNull();
		assertThat(this.users.find("ADMIN")).isNull();
		assertThat(this.users.find("Admin")).isNull();
		assertThat(this.users.find("ádmin")).isNull();
		assertThat(this.users.find("admin ")).isNull();
		assertThat(this.users.save("ADMIN", "mật-khẩu-khác-hẳn".toCharArray(), "VIEWER", null, null)).isTrue();
		assertThat(this.users.find("admin").role()).isEqualTo("ADMIN");
		assertThat(this.users.find("ADMIN").role()).isEqualTo("VIEWER");
	}

	@Test
	void aUnitsPagesMatchItsCodeExactly() throws Exception {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		String period = YearMonth.now(ReportingZone.ZONE).toString();
		Path form = this.folder.resolve("vhxh.xlsx");
		this.forms.writeForm("KIEN-AN", "VHXH", ReportType.MONTHLY, period, form);
		try (var filled = FilledForm.open(form)) {
			filled.type("Chỉ tiêu", "Tỷ lệ phủ sóng 5G trên địa bàn phường", "Giá trị thực hiện", 80)
				.saveAs(this.folder.resolve("vhxh-filled.xlsx"));
		}
		this.spreadsheets.importFile(this.folder.resolve("vhxh-filled.xlsx"));

		// other tests of this context may have sent VHXH forms too
		assertThat(this.unitPages.findReceipts("KIEN-AN", "VHXH")).extracting(UnitReceipt::fileName)
			.contains("vhxh-filled.xlsx");
		assertThat(this.unitPages.findReceipts("KIEN-AN", "vhxh")).isEmpty();
		assertThat(this.unitPages.findReceipts("KIEN-AN", "VHXH ")).isEmpty();
		assertThat(this.unitPages.findReceipts("kien-an", "VHXH")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> this.tokens.issue("kien-an", "VHXH", null))
			.withMessageContaining("Không có kế hoạch");
		assertThatIllegalArgumentException().isThrownBy(() -> this.tokens.issue("KIEN-AN", "vhxh", null));
	}

	@Test
	void everyColumnHoldingAUserNameAUnitCodeOrAPlanCodeComparesExactly() {
		List<String> loose = this.jdbc.queryForList("""
				SELECT CONCAT(table_name, '.', column_name, ' ', collation_name)
				  FROM information_schema.columns
				 WHERE table_schema = DATABASE()
				   AND (column_name IN ('username', 'unit_code', 'plan_code', 'reporting_unit', 'consolidating_unit',
				                        'lead_units', 'responsible', 'coordinating_units')
				        OR (table_name IN ('plan', 'plan_unit') AND column_name = 'code'))
				   AND collation_name <> 'utf8mb4_nopad_bin'
				 ORDER BY 1""", String.class);

		assertThat(loose).isEmpty();
	}

}
