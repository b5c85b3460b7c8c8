package vn.nq57.reporting.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Plans, schedules, recipients and holiday files, as data editable without a rebuild:
 * each file is read from the configuration folder when it is there, else from the copy
 * inside the jar. Read when asked (never kept here), so a changed file is seen by the
 * next command or run that reads it.
 */
@Component
public class ConfigFiles {

	/** Where a file inside the jar is said to come from. */
	public static final String IN_JAR = "trong tệp jar";

	private final Path folder;

	@Autowired
	public ConfigFiles(ConfigFolderProperties properties) {
		this(properties.configFolder());
	}

	/** Files of {@code folder} (null: the jar's copies only). */
	public ConfigFiles(Path folder) {
		this.folder = (folder == null || folder.toString().isBlank()) ? null : folder.toAbsolutePath().normalize();
	}

	/** The jar's copies only. */
	public static ConfigFiles bundled() {
		return new ConfigFiles((Path) null);
	}

	public Optional<Path> folder() {
		return Optional.ofNullable(this.folder);
	}

	/** One file by its name ({@code schedules/report-schedules.yaml}), if any. */
	public Optional<ConfigFile> find(String name) {
		if (this.folder != null) {
			Path file = this.folder.resolve(name);
			if (Files.isRegularFile(file)) {
				return Optional.of(new ConfigFile(name, file.toString(), readFile(file)));
			}
		}
		try (InputStream in = ConfigFiles.class.getResourceAsStream("/" + name)) {
			if (in == null) {
				return Optional.empty();
			}
			return Optional.of(new ConfigFile(name, IN_JAR, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The {@code .yaml} files of a folder ({@code plans}), in file-name order: those of
	 * the configuration folder, and the jar's of names not there.
	 */
	public List<ConfigFile> list(String directory) {
		Map<String, ConfigFile> files = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + directory + "/*.yaml")) {
				try (InputStream in = resource.getInputStream()) {
					String name = directory + "/" + resource.getFilename();
					files.put(resource.getFilename(),
							new ConfigFile(name, IN_JAR, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			if (this.folder != null && Files.isDirectory(this.folder.resolve(directory))) {
				try (Stream<Path> paths = Files.list(this.folder.resolve(directory))) {
					for (Path file : paths.filter(p -> p.getFileName().toString().endsWith(".yaml"))
						.filter(Files::isRegularFile)
						.toList()) {
						String fileName = file.getFileName().toString();
						files.put(fileName,
								new ConfigFile(directory + "/" + fileName, file.toString(), readFile(file)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ArrayList<>(files.values());
	}

	private static String readFile(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
