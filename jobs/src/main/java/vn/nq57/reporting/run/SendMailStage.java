package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.OutboxSender;

/** Sends the run's due messages; a message that fails is retried later by the outbox. */
@Component
@Order(600)
class SendMailStage implements ReportStage {

	private final OutboxSender sender;

	SendMailStage(OutboxSender sender) {
		this.sender = sender;
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
		return this.sender.sendDue(plan.run().id()).delivered();
	}

}
