package vn.nq57.reporting.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ./reports serve}: the web console, the HTTP API and the scheduler in one process
 * (the web server is started by the application; {@code --no-scheduler} leaves schedules
 * to a {@code ./reports scheduler} elsewhere), health and metrics on the loopback
 * management port.
 */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Chạy trang quản trị, API và bộ lập lịch trong một tiến trình (http://localhost:8080). "
				+ "Tạo người dùng trước: ./reports user add.")
public class ServeCommand implements Runnable {

	@Option(names = "--server.port", paramLabel = "CỔNG", description = "Cổng (mặc định 8080)")
	Integer port;

	@Option(names = "--no-scheduler",
			description = "Không chạy bộ lập lịch trong tiến trình này (khi đã có ./reports scheduler ở nơi khác)")
	boolean noScheduler;

	/**
	 * Other Spring properties given on the command line (--name=value) are the
	 * application's.
	 */
	@picocli.CommandLine.Unmatched
	java.util.List<String> properties;

	@Value("${local.server.port:${server.port:8080}}")
	private String actualPort;

	@Value("${local.management.port:${management.server.port:}}")
	private String managementPort;

	@Value("${reports.scheduler.enabled:false}")
	private boolean scheduler;

	@Override
	public void run() {
		System.out.println("Trang quản trị: http://localhost:" + this.actualPort + "/ (Ctrl+C để dừng)");
		System.out.println(this.scheduler ? "Bộ lập lịch: đang chạy trong tiến trình này (tắt: --no-scheduler)."
				: "Bộ lập lịch: không chạy ở tiến trình này.");
		if (!this.managementPort.isEmpty()) {
			System.out.println("Tình trạng và số đo (chỉ từ máy này): http://127.0.0.1:" + this.managementPort
					+ "/actuator/health, /actuator/prometheus");
		}
	}

}
