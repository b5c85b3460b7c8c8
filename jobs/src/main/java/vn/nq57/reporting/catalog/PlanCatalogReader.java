package vn.nq57.reporting.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;
import vn.nq57.reporting.catalog.CatalogTask.CatalogDeadline;

/**
 * Reads a plan catalog file into a {@link PlanCatalog}, keeping the line of every
 * element. Structure problems (missing fields, wrong types, broken YAML) are all reported
 * together; the cross-checks are {@link PlanCatalogValidator}'s job.
 */
public class PlanCatalogReader {

	/** Targets a plan prints without a year, by what it prints instead (FORMAT.md). */
	static final List<String> UNDATED_HORIZONS = List.of("standing", "yearly", "unstated");

	/** Catalogs are a few hundred kilobytes; anything far larger is not a catalog. */
	static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

	public PlanCatalog read(Path file) {
		return read(file.toString(), readText(file));
	}

	/**
	 * The text of a catalog file, refused with a located error if it is too large or not
	 * UTF-8.
	 */
	public String readText(Path file) {
		String name = file.toString();
		try {
			if (Files.size(file) > MAX_FILE_BYTES) {
				throw single(name, 0, "(tệp)",
						"tệp lớn hơn " + MAX_FILE_BYTES / 1024 / 1024 + " MB, không phải danh mục kế hoạch");
			}
			byte[] bytes = Files.readAllBytes(file);
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
			return text;
		}
		catch (CharacterCodingException ex) {
			throw single(name, 0, "(tệp)", "tệp không phải văn bản UTF-8");
		}
		catch (IOException ex) {
			throw single(name, 0, "(tệp)", "không đọc được tệp: " + ex.getMessage());
		}
	}

	public PlanCatalog read(String file, String text) {
		Node root = compose(file, text);
		List<CatalogError> errors = new ArrayList<>();
		YamlFields top = new YamlFields(file, "", root, errors)
			.allowOnly(Set.of("code", "title", "source", "issuer", "locality", "document", "legal_bases", "period",
					"period_end", "report_recipient", "consolidating_unit", "signer", "distribution", "milestones",
					"reporting", "units", "indicator_groups", "task_groups", "indicators", "tasks"));

		YamlFields issuer = top.mapping("issuer", true);
		YamlFields locality = top.mapping("locality", true);
		YamlFields document = top.mapping("document", false);
		YamlFields signer = top.mapping("signer", true);
		if (issuer != null) {
			issuer.allowOnly(Set.of("parent", "name", "short", "document_prefix", "numbering"));
		}
		if (document != null) {
			document.allowOnly(Set.of("number", "date", "date_text", "signed_on"));
		}

		PlanCatalog catalog = new PlanCatalog(file, top.required("code"), top.required("title"), top.optional("source"),
				(issuer == null) ? null
						: new PlanCatalog.Issuer(issuer.required("parent"), issuer.required("name"),
								issuer.required("short"), issuer.required("document_prefix"),
								Optional.ofNullable(issuer.optional("numbering")).orElse("state")),
				(locality == null) ? null
						: new PlanCatalog.Locality(locality.required("kind"), locality.required("name"),
								locality.required("province"), locality.required("place")),
				(document == null) ? new PlanCatalog.PlanDocument(null, null, null, null)
						: new PlanCatalog.PlanDocument(document.optional("number"), document.optional("date"),
								document.optional("date_text"), document.optional("signed_on")),
				top.strings("legal_bases"), top.optional("period"), top.optional("period_end"),
				top.required("report_recipient"), top.required("consolidating_unit"),
				(signer == null) ? null
						: new PlanCatalog.Signer(signer.optional("on_behalf"), signer.optional("for"),
								signer.required("title"), signer.optional("name")),
				top.strings("distribution"), milestones(top), items(top, "reporting", this::reporting),
				items(top, "units", this::unit), items(top, "indicator_groups", this::group),
				items(top, "task_groups", this::group), items(top, "indicators", this::indicator),
				items(top, "tasks", this::task));
		if (!errors.isEmpty()) {
			throw new InvalidCatalogException(errors);
		}
		return catalog;
	}

	private Node compose(String file, String text) {
		LoadSettings settings = LoadSettings.builder()
			.setLabel(file)
			.setAllowDuplicateKeys(false)
			.setMaxAliasesForCollections(10)
			.setCodePointLimit((int) MAX_FILE_BYTES)
			.build();
		try {
			Composer composer = new Composer(settings,
					new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
			Optional<Node> node = composer.getSingleNode();
			return node.orElseThrow(() -> single(file, 0, "(tệp)", "tệp rỗng"));
		}
		catch (MarkedYamlEngineException ex) {
			int line = ex.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
			throw single(file, line, "(cú pháp YAML)", "YAML không hợp lệ: " + ex.getProblem());
		}
		catch (YamlEngineException ex) {
			throw single(file, 0, "(cú pháp YAML)", "YAML không hợp lệ: " + ex.getMessage());
		}
	}

	private List<Integer> milestones(YamlFields top) {
		List<Integer> years = new ArrayList<>();
		for (String value : top.strings("milestones")) {
			try {
				years.add(Integer.valueOf(value));
			}
			catch (NumberFormatException ex) {
				top.error(top.valueNode("milestones"), "milestones", "mốc \"" + value + "\" không phải một năm");
			}
		}
		return years;
	}

	private <T> List<T> items(YamlFields top, String key, Function<YamlFields, T> mapper) {
		List<T> result = new ArrayList<>();
		int index = 0;
		for (Node node : top.list(key)) {
			YamlFields item = new YamlFields(fileOf(top), key + "[" + index++ + "]", node, errorsOf(top));
			result.add(mapper.apply(item));
		}
		return result;
	}

	private CatalogUnit unit(YamlFields f) {
		f.allowOnly(Set.of("code", "name", "kind", "email", "members"));
		return new CatalogUnit(f.required("code"), f.required("name"), f.required("kind"), f.optional("email"),
				f.strings("members"), f.line());
	}

	private PlanCatalog.Reporting reporting(YamlFields f) {
		f.allowOnly(Set.of("type", "to", "due_text", "due_from", "source"));
		return new PlanCatalog.Reporting(f.required("type"), f.required("to"), f.optional("due_text"),
				f.optional("due_from"), f.optional("source"), f.line());
	}

	private CatalogGroup group(YamlFields f) {
		f.allowOnly(Set.of("code", "name", "printed_name"));
		return new CatalogGroup(f.required("code"), f.required("name"), f.optional("printed_name"), f.line());
	}

	private CatalogIndicator indicator(YamlFields f) {
		f.allowOnly(Set.of("code", "number", "shared", "group", "parent", "name", "printed_name", "unit", "direction",
				"responsible", "leader", "officer", "output", "targets", "basis", "aggregate", "rate_per",
				"published_by", "report_note", "reading"));
		List<CatalogTarget> targets = new ArrayList<>();
		for (NodeTuple tuple : f.tuples("targets")) {
			String key = ((ScalarNode) tuple.getKeyNode()).getValue();
			String field = f.field("targets." + key);
			Integer year = null;
			String horizon = CatalogTarget.MILESTONE;
			if (UNDATED_HORIZONS.contains(key)) {
				horizon = key;
			}
			else {
				try {
					year = Integer.parseInt(key);
				}
				catch (NumberFormatException ex) {
					f.error(tuple.getKeyNode(), field, "khóa \"" + key + "\" không phải một năm mốc hay "
							+ String.join(", ", UNDATED_HORIZONS) + " (xem plans/FORMAT.md)");
					continue;
				}
			}
			if (tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
				targets.add(new CatalogTarget(year, horizon, value.getValue().strip(), null, null, null,
						YamlFields.lineOf(value)));
			}
			else if (tuple.getValueNode() instanceof MappingNode) {
				YamlFields target = new YamlFields(fileOf(f), field, tuple.getValueNode(), errorsOf(f))
					.allowOnly(Set.of("text", "printed_text", "name", "basis"));
				String text = target.required("text");
				if (text != null) {
					targets.add(new CatalogTarget(year, horizon, text, target.optional("printed_text"),
							target.optional("name"), target.optional("basis"), target.line()));
				}
			}
			else {
				f.error(tuple.getValueNode(), field,
						"cần chỉ tiêu dạng chuỗi như in trong kế hoạch (\"-\" nếu không có), hoặc {text: ..., name: ..., basis: ...}");
			}
		}
		return new CatalogIndicator(f.required("code"), f.optional("number"), f.optional("shared"), f.required("group"),
				f.optional("parent"), f.required("name"), f.optional("printed_name"), f.required("unit"),
				f.required("direction"), f.strings("responsible"), f.optional("leader"), f.optional("officer"),
				f.optional("output"), targets, f.optional("basis"), f.optional("aggregate"),
				f.optionalDecimal("rate_per"), f.optional("published_by"), f.optional("report_note"),
				f.optional("reading"), f.line());
	}

	private CatalogTask task(YamlFields f) {
		f.allowOnly(Set.of("code", "number", "group", "name", "printed_name", "lead", "coordinating", "leader",
				"officer", "output", "deadline", "deadline_text", "reading"));
		YamlFields deadline = f.mapping("deadline", true);
		CatalogDeadline typed = (deadline == null) ? null : deadline(deadline);
		return new CatalogTask(f.required("code"), f.optional("number"), f.required("group"), f.required("name"),
				f.optional("printed_name"), f.strings("lead"), f.strings("coordinating"), f.optional("leader"),
				f.optional("officer"), f.optional("output"), typed, f.optional("deadline_text"), f.optional("reading"),
				f.line());
	}

	private CatalogDeadline deadline(YamlFields d) {
		d.allowOnly(Set.of("kind", "date", "month", "quarter", "year", "from", "text"));
		String kind = d.required("kind");
		if ("yearly".equals(kind)) {
			return new CatalogDeadline(kind, null, null, d.optionalInt("month"), d.optional("text"));
		}
		List<String> given = new ArrayList<>();
		for (String key : List.of("date", "month", "quarter", "year")) {
			if (d.has(key)) {
				given.add(d.optional(key));
			}
		}
		if ("by".equals(kind) && given.size() != 1) {
			d.error(d.valueNode("kind"), d.field("kind"),
					"hạn \"by\" cần đúng một trong date, month, quarter, year (có " + given.size() + ")");
		}
		return new CatalogDeadline(kind, given.isEmpty() ? null : given.get(0), d.optional("from"), null,
				d.optional("text"));
	}

	private static String fileOf(YamlFields f) {
		return f.fileName();
	}

	private static List<CatalogError> errorsOf(YamlFields f) {
		return f.errors();
	}

	private static InvalidCatalogException single(String file, int line, String field, String message) {
		return new InvalidCatalogException(List.of(new CatalogError(file, line, field, message)));
	}

}
