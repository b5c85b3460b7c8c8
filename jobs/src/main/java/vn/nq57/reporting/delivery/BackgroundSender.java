package vn.nq57.reporting.delivery;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Works the outbox off the caller's thread, so a console or API request that queued mail
 * answers at once instead of waiting on the SMTP server; what is not sent by then stays
 * in the outbox for the next pass.
 */
@Component
public class BackgroundSender {

	private static final Logger log = LoggerFactory.getLogger(BackgroundSender.class);

	private final OutboxSender sender;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "gui-thu");
		thread.setDaemon(true);
		return thread;
	});

	public BackgroundSender(OutboxSender sender) {
		this.sender = sender;
	}

	/** Sends the due messages of a run (and due alerts) soon, on the sending thread. */
	public void sendDue(Long runId) {
		this.executor.execute(() -> {
			try {
				this.sender.sendDue(runId);
			}
			catch (RuntimeException ex) {
				log.error("Gửi thư ở nền thất bại (lần chạy {}): {}. Thư vẫn ở hộp thư đi: ./reports outbox list",
						runId, ex.getMessage());
			}
		});
	}

	@PreDestroy
	void stop() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(30, TimeUnit.SECONDS);
	}

}
