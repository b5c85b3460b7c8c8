package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.MessageKind;
import vn.nq57.reporting.delivery.MessageStatus;
import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxMessage;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.run.ResendService;

/**
 * {@code ./reports outbox}: the emails waiting, failed or uncertain, and an operator's
 * resend.
 */
@Component
@Command(name = "outbox", mixinStandardHelpOptions = true, description = "Xem và xử lý hộp thư đi.",
		subcommands = { OutboxCommand.ListMessages.class, OutboxCommand.Send.class, OutboxCommand.Resend.class })
public class OutboxCommand extends CommandGroup {

	@Component
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Liệt kê thư chưa gửi xong: đang chờ, đang gửi, thất bại, không rõ đã gửi hay chưa.")
	static class ListMessages implements Runnable, AnsweredByService {

		@Option(names = "--all", description = "Cả thư đã gửi")
		boolean all;

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table", description = "table hoặc csv")
		String format;

		private final OutboxMapper outbox;

		ListMessages(OutboxMapper outbox) {
			this.outbox = outbox;
		}

		@Override
		public void run() {
			Table table = new Table("Số", "Loại", "Người nhận", "Trạng thái", "Số lần", "Thử lại lúc", "Lỗi / trả lời");
			for (MessageKind kind : MessageKind.values()) {
				for (OutboxMessage m : this.outbox.findByKind(kind)) {
					if (this.all || !m.status().isDelivered()) {
						table.row(m.id(), kindName(m.kind()), m.recipient(), m.status().label(), m.attempts(),
								(m.status() == MessageStatus.PENDING)
										? vn.nq57.reporting.attainment.VietnameseDates.format(m.nextAttemptAt()) : "",
								(m.lastError() != null) ? m.lastError() : m.serverReply());
					}
				}
			}
			table.print(System.out, this.format);
		}

		private static String kindName(MessageKind kind) {
			return switch (kind) {
				case REPORT -> "Báo cáo";
				case PROVINCE_REPORT -> "Báo cáo tỉnh";
				case REMINDER -> "Nhắc đơn vị";
				case ALERT -> "Cảnh báo";
			};
		}

	}

	@Component
	@Command(name = "send", mixinStandardHelpOptions = true, description = "Gửi ngay các thư đến lượt.")
	static class Send implements Callable<Integer> {

		private final OutboxSender sender;

		Send(OutboxSender sender) {
			this.sender = sender;
		}

		@Override
		public Integer call() {
			OutboxSender.DeliveryResult result = this.sender.sendDue(null);
			System.out.printf("Đã gửi %d thư, %d thư thất bại, %d thư sẽ thử lại.%n", result.delivered(),
					result.failed(), result.retrying());
			return (result.failed() > 0) ? 1 : 0;
		}

	}

	@Component
	@Command(name = "resend", mixinStandardHelpOptions = true,
			description = "Gửi lại một thư thất bại hoặc không rõ đã gửi hay chưa (sau khi đã kiểm tra với người nhận).")
	static class Resend implements Callable<Integer> {

		@Parameters(paramLabel = "SỐ", arity = "0..1", description = "Số của thư (./reports outbox list)")
		Long id;

		@Option(names = "--run", paramLabel = "SỐ-LẦN-CHẠY",
				description = "Mọi thư thất bại hoặc không rõ đã gửi của lần chạy này")
		Long run;

		@Option(names = "--province-run", paramLabel = "SỐ-BÁO-CÁO-TỈNH",
				description = "Mọi thư thất bại hoặc không rõ đã gửi của báo cáo tỉnh này (./reports runs)")
		Long provinceRun;

		private final ResendService resend;

		private final OutboxSender sender;

		private final OutboxMapper outbox;

		Resend(ResendService resend, OutboxSender sender, OutboxMapper outbox) {
			this.resend = resend;
			this.sender = sender;
			this.outbox = outbox;
		}

		@Override
		public Integer call() {
			if (this.run != null) {
				int requeued = this.resend.resendUndelivered(this.run);
				return printResent("Lần chạy " + this.run, requeued, this.sender.sendDue(this.run));
			}
			if (this.provinceRun != null) {
				int requeued = this.resend.resendUndeliveredOfProvinceReport(this.provinceRun);
				return printResent("Báo cáo tỉnh số " + this.provinceRun, requeued,
						this.sender.sendDueOfProvinceReport(this.provinceRun));
			}
			if (this.id == null) {
				System.err.println("Lỗi: cần số của thư, --run SỐ_LẦN_CHẠY hoặc --province-run SỐ_BÁO_CÁO_TỈNH."
						+ " Xem: ./reports outbox list");
				return 2;
			}
			OutboxMessage message;
			try {
				message = this.resend.resendMessage(this.id);
			}
			catch (IllegalArgumentException | IllegalStateException ex) {
				System.err.println("Lỗi: " + ex.getMessage());
				return 2;
			}
			if (message.provinceReportRunId() != null) {
				this.sender.sendDueOfProvinceReport(message.provinceReportRunId());
			}
			else {
				this.sender.sendDue(message.reportRunId());
			}
			OutboxMessage after = this.outbox.findById(this.id);
			System.out.printf("Thư số %d tới %s: %s%s%n", this.id, after.recipient(), after.status().label(),
					(after.lastError() != null) ? " — " + after.lastError() : "");
			return after.status().isDone() ? 0 : 1;
		}

		private static int printResent(String what, int requeued, OutboxSender.DeliveryResult result) {
			System.out.printf("%s: %d thư được gửi lại; %d đã đi, %d sẽ thử lại, %d thất bại.%n", what, requeued,
					result.delivered(), result.retrying(), result.failed());
			return (result.failed() == 0) ? 0 : 1;
		}

	}

}
