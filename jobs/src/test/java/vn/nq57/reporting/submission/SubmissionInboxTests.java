package vn.nq57.reporting.submission;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.console.UnitPageMapper;
import vn.nq57.reporting.console.UnitReceipt;
import vn.nq57.reporting.submission.SubmissionInbox.Pulled;
import vn.nq57.reporting.submission.SubmissionInbox.Result;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The inbox the pipeline pulls (Kiến An's Phòng Kinh tế, periods 2025-08 to 2025-12:
 * other classes sharing the database use other ones): one folder per unit, whose folder
 * says who sent a form; every form imported and kept in that unit's processed/ or
 * rejected/, owner-only; anything that is not a form of the unit's own refused unread.
 */
@DatabaseTest
class SubmissionInboxTests {

	static final String SHARE = "Tỷ lệ chi cho KHCN";

	static final String FIVE_G = "Tỷ lệ phủ sóng 5G trên địa bàn phường";

	@Autowired
	PlanImporter plans;

	@Autowired
	SubmissionFormService forms;

	@Autowired
	SubmissionInbox inbox;

	@Autowired
	SubmissionMapper submissions;

	@Autowired
	UnitPageMapper unitPages;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	Path box;

	Path kt;

	@BeforeEach
	void givenKienAnsPlanAndItsInbox() throws Exception {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.box = this.folder.resolve("inbox");
		this.inbox.prepare(this.box, "KIEN-AN");
		this.kt = this.box.resolve("KIEN-AN/KT");
	}

	@Test
	void initMakesOneFolderPerUnitThatOthersCanPassButNotList() throws Exception {
		assertThat(this.inbox.prepare(this.box, "KIEN-AN").unitFolders()).extracting(p -> p.getFileName().toString())
			.as("every unit, not the group of all units")
			.containsExactlyInAnyOrder("VHXH", "KT", "CA");
		assertThat(mode(this.box)).isEqualTo("rwx--x--x");
		assertThat(mode(this.box.resolve("KIEN-AN"))).isEqualTo("rwx--x--x");
		assertThat(mode(this.kt)).isEqualTo("rwx------");
		assertThat(mode(this.kt.resolve("processed"))).isEqualTo("rwx------");
		assertThat(mode(this.kt.resolve("rejected"))).isEqualTo("rwx------");
		assertThat(mode(this.kt.resolve("failed"))).isEqualTo("rwx------");
		assertThatThrownBy(() -> this.inbox.prepare(this.box, "KHONG-CO")).hasMessage("Không có kế hoạch mã KHONG-CO");
	}

	@Test
	void pullImportsAUnitsFormsAndKeepsThemInThatUnitsFoldersOwnerOnly() throws Exception {
		Path blank = form("KT", "2025-12");
		fill(blank, this.kt.resolve("kinh-te.xlsx"), SHARE, 3.2);
		fill(blank, this.kt.resolve("kinh-te-loi.xlsx"), SHARE, "ba phẩy hai");
		Files.writeString(this.kt.resolve("ghi-chu.txt"), "not a submission");

		List<Pulled> pulled = this.inbox.pull(this.box);

		assertThat(pulled).extracting(p -> p.file().getFileName() + " " + p.result())
			.containsExactlyInAnyOrder("kinh-te.xlsx ACCEPTED", "kinh-te-loi.xlsx REJECTED");
		assertThat(this.kt.resolve("processed/kinh-te.xlsx")).exists();
		assertThat(this.kt.resolve("rejected/kinh-te-loi.xlsx")).exists();
		assertThat(Files.readString(this.kt.resolve("rejected/kinh-te-loi.xlsx.loi.txt")))
			.contains("trang «Chỉ tiêu», dòng 4, cột F: [NOT_A_NUMBER] Ô này cần một số, nhưng có «ba phẩy hai».");
		assertThat(mode(this.kt.resolve("processed/kinh-te.xlsx"))).isEqualTo("rw-------");
		assertThat(mode(this.kt.resolve("rejected/kinh-te-loi.xlsx"))).isEqualTo("rw-------");
		assertThat(mode(this.kt.resolve("rejected/kinh-te-loi.xlsx.loi.txt"))).isEqualTo("rw-------");
		assertThat(this.kt.resolve("ghi-chu.txt")).as("other files left alone").exists();
		assertThat(this.submissions.findVersions("KIEN-AN", "KT", "MONTHLY", "2025-12"))
			.extracting(StoredSubmission::status)
			.containsExactlyInAnyOrder("ACCEPTED", "REJECTED");
		StoredReceipt receipt = this.submissions.findReceipt(pulled.stream()
			.filter(p -> p.result() == Result.ACCEPTED)
			.findFirst()
			.orElseThrow()
			.outcome()
			.receiptId());
		assertThat(receipt.channel()).isEqualTo("SPREADSHEET");
		assertThat(receipt.sender()).isEqualTo("inbox:KIEN-AN/KT");
		assertThat(this.inbox.pull(this.box)).as("a second pull finds nothing new").isEmpty();
	}

	@Test
	@Tag("faults")
	void formOfAnotherUnitDroppedInAUnitsFolderIsRefusedAsTheSendersAndNeverShownToTheOtherUnit() throws Exception {
		// Phòng Kinh tế drops a valid form of Phòng Văn hóa - Xã hội (its hidden unit
		// cell
		// says VHXH) in its own folder: before, it was accepted as VHXH's
		fill(form("VHXH", "2025-11"), this.kt.resolve("gui-thay-vhxh.xlsx"), FIVE_G, 80);

		List<Pulled> pulled = this.inbox.pull(this.box);

		assertThat(pulled).singleElement().satisfies(p -> {
			assertThat(p.result()).isEqualTo(Result.REJECTED);
			assertThat(p.outcome().unitCode()).isEqualTo("KT");
			assertThat(p.outcome().errors()).singleElement().satisfies(e -> {
				assertThat(e.code()).isEqualTo(SubmissionErrorCode.UNIT_MISMATCH);
				assertThat(e.message())
					.startsWith("Tệp «gui-thay-vhxh.xlsx» gửi qua thư mục hộp thư của đơn vị KT (kế hoạch "
							+ "KIEN-AN) nhưng biểu mẫu là của đơn vị «VHXH» (kế hoạch «KIEN-AN»).");
			});
		});
		assertThat(this.kt.resolve("rejected/gui-thay-vhxh.xlsx")).exists();
		assertThat(this.submissions.findVersions("KIEN-AN", "VHXH", "MONTHLY", "2025-11")).isEmpty();
		assertThat(this.unitPages.findReceipts("KIEN-AN", "VHXH")).extracting(UnitReceipt::fileName)
			.doesNotContain("gui-thay-vhxh.xlsx");
		assertThat(this.unitPages.findReceipts("KIEN-AN", "KT")).extracting(UnitReceipt::fileName)
			.contains("gui-thay-vhxh.xlsx");
	}

	@Test
	@Tag("faults")
	void sameFilePulledAgainIsRecognisedAndMakesNoSecondVersion() throws Exception {
		// a file imported but not moved (a crash) is found again at the next pull
		Path good = fill(form("KT", "2025-10"), this.folder.resolve("kt.xlsx"), SHARE, 3.3);
		Files.copy(good, this.kt.resolve("kt.xlsx"));
		Pulled first = this.inbox.pull(this.box).get(0);
		Files.copy(good, this.kt.resolve("kt.xlsx"));

		List<Pulled> again = this.inbox.pull(this.box);

		assertThat(again).singleElement().satisfies(p -> {
			assertThat(p.result()).isEqualTo(Result.DUPLICATE);
			assertThat(p.outcome().version()).isEqualTo(1);
			assertThat(p.outcome().duplicateOf()).isEqualTo(first.outcome().receiptId());
			assertThat(p.movedTo().getParent()).isEqualTo(this.kt.resolve("processed"));
			assertThat(Files.readString(p.movedTo().resolveSibling(p.movedTo().getFileName() + ".da-nhan.txt")))
				.startsWith("Tệp kt.xlsx đã được nhận trước đó: phiên bản 1 của đơn vị KT, kỳ 2025-10 (biên nhận số "
						+ first.outcome().receiptId() + ").");
		});
		assertThat(this.submissions.findVersions("KIEN-AN", "KT", "MONTHLY", "2025-10")).hasSize(1);
		assertThat(this.submissions.findReceipt(again.get(0).outcome().receiptId()).status()).isEqualTo("DUPLICATE");
	}

	@Test
	@Tag("faults")
	void linksToASecretOrToTheProcessEnvironmentAreRefusedUnread() throws Exception {
		Path secret = Files.writeString(this.folder.resolve("secret.txt"), "SMTP_PASSWORD=hunter2");
		Files.createSymbolicLink(this.kt.resolve("bi-mat.xlsx"), secret);
		Files.createSymbolicLink(this.kt.resolve("moi-truong.xlsx"), Path.of("/proc/self/environ"));
		int receipts = receipts();

		List<Pulled> pulled = this.inbox.pull(this.box);

		assertThat(pulled).extracting(Pulled::result).containsExactly(Result.REFUSED_UNREAD, Result.REFUSED_UNREAD);
		assertThat(receipts()).as("nothing read, nothing stored").isEqualTo(receipts);
		assertThat(Files.isSymbolicLink(this.kt.resolve("rejected/bi-mat.xlsx"))).as("the link moved, not its target")
			.isTrue();
		assertThat(Files.isSymbolicLink(this.kt.resolve("rejected/moi-truong.xlsx"))).isTrue();
		assertThat(Files.readString(secret)).isEqualTo("SMTP_PASSWORD=hunter2");
		assertThat(Files.readString(this.kt.resolve("rejected/bi-mat.xlsx.loi.txt")))
			.contains("không được đọc và bị từ chối: đây là liên kết tượng trưng (symlink)");
	}

	@Test
	@Tag("faults")
	void hardLinkFifoDeviceAndFolderAreRefusedUnread() throws Exception {
		Path outside = fill(form("KT", "2025-09"), this.folder.resolve("ngoai.xlsx"), SHARE, 1);
		Files.createLink(this.kt.resolve("lien-ket-cung.xlsx"), outside);
		run("mkfifo", this.kt.resolve("ong.xlsx").toString());
		Files.createDirectory(this.kt.resolve("thu-muc.xlsx"));
		boolean device = run("mknod", this.kt.resolve("thiet-bi.xlsx").toString(), "c", "1", "3");
		int receipts = receipts();

		List<Pulled> pulled = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> this.inbox.pull(this.box),
				"a FIFO must never be opened");

		assertThat(pulled).extracting(p -> p.file().getFileName().toString() + " " + p.result())
			.containsExactlyInAnyOrderElementsOf(device
					? List.of("lien-ket-cung.xlsx REFUSED_UNREAD", "ong.xlsx REFUSED_UNREAD",
							"thu-muc.xlsx REFUSED_UNREAD", "thiet-bi.xlsx REFUSED_UNREAD")
					: List.of("lien-ket-cung.xlsx REFUSED_UNREAD", "ong.xlsx REFUSED_UNREAD",
							"thu-muc.xlsx REFUSED_UNREAD"));
		assertThat(pulled).filteredOn(p -> p.file().getFileName().toString().equals("lien-ket-cung.xlsx"))
			.singleElement()
			.satisfies(p -> assertThat(p.failure()).startsWith("tệp có 2 tên (liên kết cứng"));
		assertThat(receipts()).isEqualTo(receipts);
		assertThat(this.kt.resolve("rejected/thu-muc.xlsx")).isDirectory();
		assertThat(outside).exists();
	}

	@Test
	@Tag("faults")
	void formsOutsideAnyUnitsFolderAreSetAsideUnread() throws Exception {
		Path blank = form("KT", "2025-08");
		fill(blank, this.box.resolve("bao-cao.xlsx"), SHARE, 2);
		fill(blank, this.box.resolve("KIEN-AN/lac-cho.xlsx"), SHARE, 2);
		Files.createDirectories(this.box.resolve("processed"));
		Files.writeString(this.box.resolve("processed/cu.xlsx"), "pulled under the old flat layout");
		int receipts = receipts();

		List<Pulled> pulled = this.inbox.pull(this.box);

		assertThat(pulled).extracting(Pulled::result).containsExactly(Result.MISPLACED, Result.MISPLACED);
		assertThat(receipts()).isEqualTo(receipts);
		assertThat(this.box.resolve("unsorted/bao-cao.xlsx")).exists();
		assertThat(this.box.resolve("unsorted/lac-cho.xlsx")).exists();
		assertThat(Files.readString(this.box.resolve("unsorted/bao-cao.xlsx.loi.txt")))
			.startsWith("Tệp bao-cao.xlsx nằm ngoài thư mục của mọi đơn vị");
		assertThat(mode(this.box.resolve("unsorted"))).isEqualTo("rwx------");
		assertThat(this.box.resolve("processed/cu.xlsx")).as("the old layout's folders left alone").exists();
	}

	@Test
	@Tag("faults")
	void aUnitsKeptFolderSwappedForALinkToAnotherUnitsFolderIsNotUsed() throws Exception {
		Path vhxh = this.box.resolve("KIEN-AN/VHXH");
		Files.delete(this.kt.resolve("processed"));
		Files.createSymbolicLink(this.kt.resolve("processed"), vhxh);
		fill(form("KT", "2025-08"), this.kt.resolve("kt.xlsx"), SHARE, 2.5);

		List<Pulled> pulled = this.inbox.pull(this.box);

		assertThat(pulled).singleElement().satisfies(p -> {
			assertThat(p.result()).isEqualTo(Result.FOLDER_REFUSED);
			assertThat(p.failure()).contains("là một liên kết tượng trưng");
		});
		assertThat(this.kt.resolve("kt.xlsx")).as("left where it was").exists();
		assertThat(vhxh.resolve("kt.xlsx")).doesNotExist();
	}

	private Path form(String unit, String period) throws Exception {
		Path blank = this.folder.resolve("blank-" + unit + "-" + period + ".xlsx");
		if (!Files.exists(blank)) {
			this.forms.writeForm("KIEN-AN", unit, ReportType.MONTHLY, period, blank);
		}
		return blank;
	}

	private static Path fill(Path blank, Path file, String indicator, Object value) throws Exception {
		try (FilledForm form = FilledForm.open(blank)) {
			form.type("Chỉ tiêu", indicator, "Giá trị thực hiện", value).saveAs(file);
		}
		return file;
	}

	private int receipts() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM submission_receipt", Integer.class);
	}

	static String mode(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
	}

	private static boolean run(String... command) throws Exception {
		return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
	}

}
