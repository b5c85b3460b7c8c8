package vn.nq57.reporting.system;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Connects the application to the embedded MariaDB of {@code reports.embedded-db.folder}
 * before the data source exists — the server another {@code ./reports} process on the
 * same folder is running, or a new one ({@link SharedEmbeddedServer}) — unless a real
 * server is configured through {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}).
 */
public class EmbeddedMariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbInitializer.class);

	/**
	 * One server per folder and JVM: test contexts and the application share it, and
	 * leave it when the JVM exits.
	 */
	private static final Map<EmbeddedDbSettings, SharedEmbeddedServer.Attachment> attached = new HashMap<>();

	/**
	 * the contexts using the server, closed before it is left at exit (weakly held: tests
	 * make and drop many)
	 */
	private static final List<WeakReference<ConfigurableApplicationContext>> contexts = new CopyOnWriteArrayList<>();

	/** how long to wait at exit for the application to close before leaving the server */
	private static final Duration CLOSE_PATIENCE = Duration.ofMinutes(5);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment env = context.getEnvironment();
		if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
				|| !env.getProperty("reports.embedded-db.enabled", Boolean.class, true)) {
			return;
		}
		SharedEmbeddedServer.Attachment server = attach(EmbeddedDbSettings.from(env));
		contexts.removeIf((reference) -> reference.get() == null);
		contexts.add(new WeakReference<>(context));
		env.getPropertySources()
			.addFirst(new MapPropertySource("embeddedMariaDb", Map.of("spring.datasource.url",
					server.jdbcUrl() + "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8",
					"spring.datasource.username", server.username(), "spring.datasource.password", server.password())));
	}

	/**
	 * The embedded server this JVM uses, if it uses one: since issue 19 it is shared
	 * between processes and is not always this JVM's child (the benchmark reads its CPU
	 * time).
	 */
	public static synchronized Optional<ProcessHandle> serverProcess() {
		return attached.values().stream().findFirst().flatMap(a -> ProcessHandle.of(a.record().serverPid()));
	}

	private static synchronized SharedEmbeddedServer.Attachment attach(EmbeddedDbSettings settings) {
		SharedEmbeddedServer.Attachment existing = attached.get(settings);
		if (existing != null) {
			return existing;
		}
		SharedEmbeddedServer server = new SharedEmbeddedServer(settings);
		SharedEmbeddedServer.Attachment attachment = server.attach();
		attached.put(settings, attachment);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> leave(server), "embedded-mariadb-release"));
		return attachment;
	}

	/**
	 * At exit: closes the contexts first and waits until they are closed (a context
	 * closing still writes: Quartz, Spring Batch), whichever shutdown hook closes them,
	 * then leaves the server.
	 */
	private static void leave(SharedEmbeddedServer server) {
		long deadline = System.nanoTime() + CLOSE_PATIENCE.toNanos();
		for (WeakReference<ConfigurableApplicationContext> reference : contexts) {
			ConfigurableApplicationContext context = reference.get();
			if (context == null) {
				continue;
			}
			try {
				// returns at once when Spring's own shutdown hook is closing it
				context.close();
				while (context.isActive() && System.nanoTime() < deadline) {
					Thread.sleep(50);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				log.warn("Lỗi khi đóng ứng dụng trước khi rời MariaDB nhúng: {}", ex.getMessage());
			}
		}
		try {
			server.release();
		}
		catch (RuntimeException ex) {
			log.warn("Không rời được MariaDB nhúng: {}", ex.getMessage());
		}
	}

}
