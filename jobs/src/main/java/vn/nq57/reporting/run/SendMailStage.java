package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.OutboxSender;

/**
 * Sends the run's due messages; a message that fails is retried later by the outbox. An
 * issued version whose mail went out is then sent.
 */
@Component
@Order(600)
class SendMailStage implements ReportStage {

	private final OutboxSender sender;

	private final IssuanceRecords lifecycle;

	SendMailStage(OutboxSender sender, IssuanceRecords lifecycle) {
		this.sender = sender;
		this.lifecycle = lifecycle;
	}

	@Override
	public String name() {
		return "sendMail";
	}

	@Override
	public String label() {
		return "Gửi thư";
	}

	@Override
	public StageGroup group() {
		return StageGroup.DELIVERY;
	}

	@Override
	public int run(PlanRun plan) {
		int delivered = this.sender.sendDue(plan.run().id()).delivered();
		this.lifecycle.sentIfDelivered(plan.run().id());
		return delivered;
	}

}
