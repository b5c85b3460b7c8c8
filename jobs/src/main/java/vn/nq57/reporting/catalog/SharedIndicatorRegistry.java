package vn.nq57.reporting.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The shared indicator codes (plans/shared-indicators.yaml) that let a province compare
 * and add up communes: each promises one definition, one unit of measure and one
 * direction.
 */
public final class SharedIndicatorRegistry {

	private final Map<String, Entry> entries;

	private record Entry(String meaning, String unit, String direction) {
	}

	private SharedIndicatorRegistry(Map<String, Entry> entries) {
		this.entries = Map.copyOf(entries);
		this.codes = List.copyOf(entries.keySet());
	}

	private final List<String> codes;

	/**
	 * The registry of the configuration folder's plans/shared-indicators.yaml, else the
	 * jar's.
	 */
	public static SharedIndicatorRegistry from(vn.nq57.reporting.system.ConfigFiles files) {
		return parse(files.find("plans/shared-indicators.yaml")
			.orElseThrow(() -> new IllegalStateException("Thiếu tệp plans/shared-indicators.yaml"))
			.text());
	}

	public static SharedIndicatorRegistry fromClasspath() {
		try (InputStream in = SharedIndicatorRegistry.class.getResourceAsStream("/plans/shared-indicators.yaml")) {
			if (in == null) {
				throw new IllegalStateException("Thiếu tệp plans/shared-indicators.yaml trong ứng dụng");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @throws IllegalStateException naming the code and the field when an entry lacks its
	 * meaning, unit or direction
	 */
	@SuppressWarnings("unchecked")
	static SharedIndicatorRegistry parse(String yaml) {
		Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
		Map<String, Entry> entries = new LinkedHashMap<>();
		for (Object item : (List<Object>) root.get("shared_indicators")) {
			Map<String, Object> entry = (Map<String, Object>) item;
			String code = (String) entry.get("code");
			entries.put(code, new Entry(field(entry, code, "meaning"), field(entry, code, "unit"),
					field(entry, code, "direction")));
		}
		return new SharedIndicatorRegistry(entries);
	}

	private static String field(Map<String, Object> entry, String code, String key) {
		Object value = entry.get(key);
		if (!(value instanceof String text) || text.isBlank()) {
			throw new IllegalStateException(
					"plans/shared-indicators.yaml: mã dùng chung " + code + " thiếu trường " + key);
		}
		return text;
	}

	public boolean contains(String code) {
		return this.entries.containsKey(code);
	}

	public List<String> codes() {
		return this.codes;
	}

	public String meaning(String code) {
		return this.entries.get(code).meaning();
	}

	/** The unit of measure every indicator carrying the code is measured in. */
	public String unit(String code) {
		return this.entries.get(code).unit();
	}

	/**
	 * Whether a higher or a lower figure is better, for every indicator carrying the
	 * code.
	 */
	public String direction(String code) {
		return this.entries.get(code).direction();
	}

}
