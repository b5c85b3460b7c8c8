package vn.nq57.reporting.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ./reports serve}: the web console and the HTTP API (the web server is started by
 * the application).
 */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Chạy trang quản trị và API (http://localhost:8080). Tạo người dùng trước: ./reports user add.")
public class ServeCommand implements Runnable {

	@Option(names = "--server.port", description = "Cổng (mặc định 8080)")
	Integer port;

	/**
	 * Other Spring properties given on the command line (--name=value) are the
	 * application's.
	 */
	@picocli.CommandLine.Unmatched
	java.util.List<String> properties;

	@Value("${local.server.port:${server.port:8080}}")
	private String actualPort;

	@Override
	public void run() {
		System.out.println("Trang quản trị: http://localhost:" + this.actualPort + "/ (Ctrl+C để dừng)");
	}

}
