package vn.nq57.reporting.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.run.ReportBatchMapper;
import vn.nq57.reporting.run.ReportRunMapper;
import vn.nq57.reporting.system.GeneratedKey;
import vn.nq57.reporting.system.MapperTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's SQL: rounds, claims, and every status change guarded by the status it
 * expects and the sender that claimed the row for that attempt.
 */
@MapperTest
class OutboxMapperTests {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);

	@Autowired
	OutboxMapper outbox;

	@Autowired
	PlanImporter importer;

	@Autowired
	CatalogMapper catalog;

	@Autowired
	ReportBatchMapper batches;

	@Autowired
	ReportRunMapper runs;

	long runId;

	@BeforeEach
	void givenARunOfVuQuangDueBefore20December() {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		StoredPlanVersion plan = this.catalog.findLatestVersion("VU-QUANG");
		GeneratedKey batch = new GeneratedKey();
		this.batches.insertBatch("MONTHLY", "2031-12", "kế hoạch VU-QUANG", 1, true, NOW, batch);
		GeneratedKey run = new GeneratedKey();
		this.runs.insertRun(plan.planId(), plan.id(), "MONTHLY", "2031-12", 1, LocalDate.of(2031, 11, 15),
				LocalDate.of(2031, 12, 14), LocalDate.of(2031, 12, 20), NOW, batch.getId(), run);
		this.runId = run.getId();
	}

	@Test
	void eachResendIsANewRoundAndMessagesCarryTheirReportsDeadline() {
		assertThat(this.outbox.nextRound(this.runId)).isEqualTo(1);
		this.outbox.insertMessage(this.runId, "a@example.gov.vn", 1, "Báo cáo", "<p>…</p>", "…", NOW);

		assertThat(this.outbox.nextRound(this.runId)).isEqualTo(2);
		OutboxMessage message = this.outbox.findByRun(this.runId).get(0);
		assertThat(message.kind()).isEqualTo(MessageKind.REPORT);
		assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
		assertThat(message.reportDeadline()).isEqualTo(LocalDate.of(2031, 12, 20));
		assertThat(this.outbox.findDue(this.runId, NOW)).extracting(OutboxMessage::id).contains(message.id());
	}

	@Test
	void aReminderOrAlertIsQueuedOncePerKey() {
		assertThat(this.outbox.insertOnce(MessageKind.ALERT, "op@example.gov.vn", "test/once", "A", "b", NOW)).isOne();
		assertThat(this.outbox.insertOnce(MessageKind.ALERT, "op@example.gov.vn", "test/once", "A", "b", NOW)).isZero();
	}

	@Test
	void onlyOneSenderClaimsAMessage() {
		long id = message();

		assertThat(this.outbox.claim(id, 1, "node-a")).isOne();
		assertThat(this.outbox.claim(id, 1, "node-b")).isZero();
	}

	@Test
	void aDeliveryIsRecordedOnlyByTheSenderThatHoldsTheClaim() {
		long id = message();
		this.outbox.claim(id, 1, "node-a");

		assertThat(this.outbox.markDelivered(id, MessageStatus.SENT, "250 OK", null, NOW, "node-b", 1)).isZero();
		assertThat(this.outbox.markDelivered(id, MessageStatus.SENT, "250 OK", null, NOW, "node-a", 1)).isOne();
		assertThat(this.outbox.findById(id).status()).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void aLateDeliveryAfterTheRowWasMarkedUncertainSetsItRightInsteadOfOverwritingBlindly() {
		long id = message();
		this.outbox.claim(id, 1, "node-a");
		this.outbox.backdateClaim(id, 20 * 60);
		// another node took node-a for dead
		assertThat(this.outbox.markUncertain(id, "không rõ")).isOne();

		assertThat(this.outbox.markDelivered(id, MessageStatus.SENT, "250 OK", null, NOW, "node-a", 1)).isZero();
		assertThat(this.outbox.markDeliveredAfterAll(id, MessageStatus.SENT, "250 OK", null, NOW, "node-a", 1)).isOne();
		assertThat(this.outbox.findById(id).status()).isEqualTo(MessageStatus.SENT);
		assertThat(this.outbox.requeue(id, NOW)).as("a message known sent is not resent").isZero();
	}

	@Test
	void anOperatorsResendOfAnUncertainMessageIsWithdrawnWhenItsFirstSenderReportsItWent() {
		long id = message();
		this.outbox.claim(id, 1, "node-a");
		this.outbox.backdateClaim(id, 20 * 60);
		this.outbox.markUncertain(id, "không rõ");
		assertThat(this.outbox.requeue(id, NOW)).isOne();

		assertThat(this.outbox.markDeliveredAfterAll(id, MessageStatus.SENT, "250 OK", null, NOW, "node-a", 1)).isOne();
		assertThat(this.outbox.findDue(this.runId, NOW)).extracting(OutboxMessage::id).doesNotContain(id);
	}

	@Test
	void aFailureIsRecordedOnlyForTheAttemptThatFailed() {
		long id = message();
		this.outbox.claim(id, 1, "node-a");
		this.outbox.markFailed(id, MessageStatus.PENDING, "421", NOW, "node-a", 1);
		this.outbox.claim(id, 2, "node-b");

		assertThat(this.outbox.markFailed(id, MessageStatus.FAILED, "muộn", NOW, "node-a", 1))
			.as("node-a's first attempt is over")
			.isZero();
		assertThat(this.outbox.findById(id).status()).isEqualTo(MessageStatus.SENDING);
	}

	@Test
	void aStuckMessageIsFoundByTheAgeOfItsClaimAndOnlyAFailedOrUncertainOneIsRequeued() {
		long id = message();
		assertThat(this.outbox.requeue(id, NOW)).as("pending").isZero();
		this.outbox.claim(id, 1, "node-a");
		this.outbox.backdateClaim(id, 20 * 60);

		assertThat(this.outbox.findStuckSending(10 * 60)).extracting(OutboxMessage::id).contains(id);
		assertThat(this.outbox.findStuckSending(30 * 60)).extracting(OutboxMessage::id).doesNotContain(id);
		this.outbox.markUncertain(id, "không rõ");
		assertThat(this.outbox.requeue(id, NOW)).isOne();
		assertThat(this.outbox.findById(id).status()).isEqualTo(MessageStatus.PENDING);
	}

	private long message() {
		this.outbox.insertMessage(this.runId, "so-khcn@example.gov.vn", this.outbox.nextRound(this.runId), "Báo cáo",
				"<p>…</p>", "…", NOW);
		return this.outbox.findByRun(this.runId).get(this.outbox.findByRun(this.runId).size() - 1).id();
	}

}
