package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code ./reports serve}: runs the web server (the submission API) until stopped. The application's
 * main method switches to a servlet application for this command only.
 */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Chạy máy chủ nhận báo cáo qua API (POST /api/v1/submissions, mã truy cập của đơn vị) cho tới khi dừng (Ctrl+C).")
public class ServeCommand implements Callable<Integer> {

	private final ApplicationContext context;

	ServeCommand(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public Integer call() throws InterruptedException {
		if (!(this.context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			System.err.println("Máy chủ web chưa chạy: hãy gọi ./reports serve (không kèm lệnh khác).");
			return 1;
		}
		System.out.printf("Đang nhận báo cáo tại http://localhost:%d/api/v1/submissions (Ctrl+C để dừng)%n",
				web.getWebServer().getPort());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
		stopped.await();
		return 0;
	}

}
