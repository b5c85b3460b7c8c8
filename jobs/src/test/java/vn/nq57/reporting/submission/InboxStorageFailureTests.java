package vn.nq57.reporting.submission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.console.UnitPageMapper;
import vn.nq57.reporting.console.UnitReceipt;
import vn.nq57.reporting.delivery.MailSettings;
import vn.nq57.reporting.delivery.MailTemplates;
import vn.nq57.reporting.delivery.MessageKind;
import vn.nq57.reporting.delivery.OperatorAlerts;
import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxMessage;
import vn.nq57.reporting.submission.SubmissionInbox.Pulled;
import vn.nq57.reporting.submission.SubmissionInbox.Result;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing received is lost when storing fails (Kiến An's Công an, periods 2025-06 and
 * 2025-07): the receipt is kept first in a transaction of its own; a form that cannot be
 * stored stays for the next pull, and after the last attempt is moved aside with its
 * reason and the operators are told — never retried forever in silence. The database
 * failing is played by a store or an importer that throws what a lost connection throws.
 */
@DatabaseTest
@Tag("faults")
class InboxStorageFailureTests {

	static final String VNEID = "Tỷ lệ người dân có tài khoản định danh điện tử";

	@Autowired
	PlanImporter plans;

	@Autowired
	MailTemplates templates;

	@Autowired
	java.time.Clock clock;

	@Autowired
	SubmissionFormService forms;

	@Autowired
	SpreadsheetSubmissionImporter importer;

	@Autowired
	SubmissionInbox inbox;

	@Autowired
	CatalogMapper catalog;

	@Autowired
	SubmissionMapper submissions;

	@Autowired
	SubmissionValidator validator;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	OutboxMapper outbox;

	@Autowired
	UnitPageMapper unitPages;

	@TempDir
	Path folder;

	Path box;

	Path police;

	@BeforeEach
	void givenKienAnsInbox() throws Exception {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.box = this.folder.resolve("inbox");
		this.inbox.prepare(this.box, "KIEN-AN");
		this.police = this.box.resolve("KIEN-AN/CA");
	}

	@Test
	void aFormThatCannotBeStoredIsRetriedThenSetAsideAndTheOperatorsAreTold() throws Exception {
		dropPoliceForm("2025-07", "ca.xlsx", 71);
		SpreadsheetSubmissionImporter databaseDown = new SpreadsheetSubmissionImporter(null, this.importer.limits(),
				this.clock) {
			@Override
			public SubmissionIntake.Outcome importFrom(ReceivedFile read, Sender sender, LocalDateTime receivedAt,
					Long pendingReceiptId) {
				throw new DataAccessResourceFailureException("Could not connect to address=(host=127.0.0.1)");
			}
		};
		SubmissionInbox failing = new SubmissionInbox(databaseDown, this.catalog, alerts("van-hanh@kienan.gov.vn"),
				attempts(3), this.clock);

		List<Pulled> first = failing.pull(this.box);
		List<Pulled> second = failing.pull(this.box);
		List<Pulled> third = failing.pull(this.box);

		assertThat(first).singleElement().satisfies(p -> {
			assertThat(p.result()).isEqualTo(Result.LEFT_FOR_NEXT_PULL);
			assertThat(p.failure()).endsWith("(lần thử 1/3)");
		});
		assertThat(second).extracting(Pulled::result).containsExactly(Result.LEFT_FOR_NEXT_PULL);
		assertThat(third).singleElement().satisfies(p -> {
			assertThat(p.result()).isEqualTo(Result.SET_ASIDE);
			assertThat(p.movedTo()).isEqualTo(this.police.resolve("failed/ca.xlsx"));
		});
		assertThat(this.police.resolve("ca.xlsx")).doesNotExist();
		assertThat(Files.readString(this.police.resolve("failed/ca.xlsx.loi.txt")))
			.startsWith("Tệp ca.xlsx của đơn vị KIEN-AN/CA chưa lưu được sau 3 lần thử; lần cuối: Could not connect");
		assertThat(alertsTo("van-hanh@kienan.gov.vn")).singleElement()
			.satisfies(m -> assertThat(m.subject())
				.isEqualTo("[Cảnh báo NQ57] Hộp thư: không lưu được tệp của đơn vị " + "KIEN-AN/CA"));
		assertThat(failing.pull(this.box)).as("not retried any more").isEmpty();
	}

	@Test
	void anAlertThatCannotBeQueuedEitherWaitsForTheNextPull() throws Exception {
		dropPoliceForm("2025-07", "ca-2.xlsx", 72);
		SpreadsheetSubmissionImporter databaseDown = new SpreadsheetSubmissionImporter(null, this.importer.limits(),
				this.clock) {
			@Override
			public SubmissionIntake.Outcome importFrom(ReceivedFile read, Sender sender, LocalDateTime receivedAt,
					Long pendingReceiptId) {
				throw new DataAccessResourceFailureException("Connection refused");
			}
		};
		OperatorAlerts alertsDown = new OperatorAlerts(null, settings("truc-ban@kienan.gov.vn"), null, this.clock) {
			@Override
			public int raise(String key, String subject, String text) {
				throw new DataAccessResourceFailureException("Connection refused");
			}
		};

		new SubmissionInbox(databaseDown, this.catalog, alertsDown, attempts(1), this.clock).pull(this.box);
		assertThat(alertsTo("truc-ban@kienan.gov.vn")).isEmpty();
		new SubmissionInbox(this.importer, this.catalog, alerts("truc-ban@kienan.gov.vn"), attempts(1), this.clock)
			.pull(this.box);

		assertThat(alertsTo("truc-ban@kienan.gov.vn")).singleElement()
			.satisfies(m -> assertThat(m.bodyHtml()).contains("ca-2.xlsx"));
	}

	@Test
	void aReceiptIsKeptFirstAndTakenUpByTheNextAttemptWhenStoringFailed() throws Exception {
		dropPoliceForm("2025-06", "ca-giu-bien-nhan.xlsx", 73);
		SubmissionStore storeDown = new SubmissionStore(this.submissions, this.catalog) {
			@Override
			public Stored storeAccepted(NewSubmission submission) {
				throw new DataAccessResourceFailureException("Connection reset");
			}
		};
		SubmissionIntake intake = new SubmissionIntake(this.catalog, this.submissions, storeDown, this.validator,
				this.transactions);
		SubmissionInbox failing = new SubmissionInbox(
				new SpreadsheetSubmissionImporter(intake, this.importer.limits(), this.clock), this.catalog, alerts(),
				attempts(5), this.clock);

		assertThat(failing.pull(this.box)).extracting(Pulled::result).containsExactly(Result.LEFT_FOR_NEXT_PULL);
		List<UnitReceipt> kept = receipts("ca-giu-bien-nhan.xlsx");
		assertThat(kept).as("the receipt outlived the failed storage").singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo("RECEIVED");
		});
		assertThat(this.submissions.findReceipt(kept.get(0).id()).payload())
			.isEqualTo(Files.readAllBytes(this.police.resolve("ca-giu-bien-nhan.xlsx")));

		List<Pulled> retried = this.inbox.pull(this.box);

		assertThat(retried).singleElement().satisfies(p -> {
			assertThat(p.result()).isEqualTo(Result.ACCEPTED);
			assertThat(p.outcome().receiptId()).as("the same receipt, not a second one").isEqualTo(kept.get(0).id());
		});
		assertThat(receipts("ca-giu-bien-nhan.xlsx")).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo("ACCEPTED"));
	}

	private void dropPoliceForm(String period, String name, double value) throws Exception {
		Path blank = this.folder.resolve("blank-" + period + ".xlsx");
		if (!Files.exists(blank)) {
			this.forms.writeForm("KIEN-AN", "CA", ReportType.MONTHLY, period, blank);
		}
		try (FilledForm form = FilledForm.open(blank)) {
			form.type("Chỉ tiêu", VNEID, "Giá trị thực hiện", value).saveAs(this.police.resolve(name));
		}
	}

	private List<UnitReceipt> receipts(String fileName) {
		return this.unitPages.findReceipts("KIEN-AN", "CA")
			.stream()
			.filter(r -> fileName.equals(r.fileName()))
			.toList();
	}

	private static SubmissionProperties attempts(int inboxMaxAttempts) {
		return new SubmissionProperties(10485760, 2000, 20971520, 1048576, "", 5, inboxMaxAttempts);
	}

	private OperatorAlerts alerts(String... operators) {
		return new OperatorAlerts(this.outbox, settings(operators), this.templates, this.clock);
	}

	private static MailSettings settings(String... operators) {
		return new MailSettings(null, null, 0, null, null, 0, null, List.of(operators));
	}

	private List<OutboxMessage> alertsTo(String operator) {
		return this.outbox.findByKind(MessageKind.ALERT).stream().filter(m -> m.recipient().equals(operator)).toList();
	}

}
