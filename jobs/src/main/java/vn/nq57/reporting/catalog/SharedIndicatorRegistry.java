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
 * communes.
 */
public final class SharedIndicatorRegistry {

	private final Map<String, String> meanings;

	private SharedIndicatorRegistry(Map<String, String> meanings) {
		this.meanings = Map.copyOf(meanings);
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

	@SuppressWarnings("unchecked")
	static SharedIndicatorRegistry parse(String yaml) {
		Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
		Map<String, String> meanings = new LinkedHashMap<>();
		for (Object item : (List<Object>) root.get("shared_indicators")) {
			Map<String, Object> entry = (Map<String, Object>) item;
			meanings.put((String) entry.get("code"), (String) entry.get("meaning"));
		}
		return new SharedIndicatorRegistry(meanings);
	}

	public boolean contains(String code) {
		return this.meanings.containsKey(code);
	}

	public String meaning(String code) {
		return this.meanings.get(code);
	}

}
