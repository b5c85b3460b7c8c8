package vn.nq57.reporting.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed, located access to one YAML mapping. Problems are collected (with file, line and
 * field path) instead of thrown, so a reviewer sees every problem of a file at once.
 */
final class YamlFields {

	private final String file;

	private final String path;

	private final Node node;

	private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

	private final List<CatalogError> errors;

	YamlFields(String file, String path, Node node, List<CatalogError> errors) {
		this.file = file;
		this.path = path;
		this.node = node;
		this.errors = errors;
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key
						&& this.entries.putIfAbsent(key.getValue(), tuple) != null) {
					// the composer keeps both; taking either silently would hide a
					// copy-paste slip
					error(key, field(key.getValue()), "trường bị lặp lại trong cùng một mục");
				}
			}
		}
		else if (node != null) {
			error(node, path, "cần một bảng khóa: giá trị (mapping)");
		}
	}

	/**
	 * Reports every key that the format does not define (a typo would otherwise be
	 * silently ignored).
	 */
	YamlFields allowOnly(java.util.Set<String> known) {
		for (Map.Entry<String, NodeTuple> entry : this.entries.entrySet()) {
			if (!known.contains(entry.getKey())) {
				error(entry.getValue().getKeyNode(), field(entry.getKey()),
						"trường không có trong định dạng danh mục (xem plans/FORMAT.md)");
			}
		}
		return this;
	}

	String fileName() {
		return this.file;
	}

	List<CatalogError> errors() {
		return this.errors;
	}

	int line() {
		return lineOf(this.node);
	}

	String path() {
		return this.path;
	}

	String field(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	boolean has(String key) {
		NodeTuple tuple = this.entries.get(key);
		return tuple != null && !isNull(tuple.getValueNode());
	}

	String required(String key) {
		String value = optional(key);
		if (value == null || value.isBlank()) {
			error(this.node, field(key), "thiếu trường bắt buộc");
			return null;
		}
		return value;
	}

	String optional(String key) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null || isNull(tuple.getValueNode())) {
			return null;
		}
		if (tuple.getValueNode() instanceof ScalarNode scalar) {
			return scalar.getValue().strip();
		}
		error(tuple.getValueNode(), field(key), "cần một giá trị đơn (chuỗi hoặc số)");
		return null;
	}

	Integer optionalInt(String key) {
		String value = optional(key);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			error(valueNode(key), field(key), "cần một số nguyên, nhận được \"" + value + "\"");
			return null;
		}
	}

	java.math.BigDecimal optionalDecimal(String key) {
		String value = optional(key);
		if (value == null) {
			return null;
		}
		try {
			return new java.math.BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			error(valueNode(key), field(key), "cần một số, nhận được \"" + value + "\"");
			return null;
		}
	}

	YamlFields mapping(String key, boolean required) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null || isNull(tuple.getValueNode())) {
			if (required) {
				error(this.node, field(key), "thiếu mục bắt buộc");
			}
			return null;
		}
		return new YamlFields(this.file, field(key), tuple.getValueNode(), this.errors);
	}

	/** The items of a list field; an absent field is an empty list. */
	List<Node> list(String key) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null || isNull(tuple.getValueNode())) {
			return List.of();
		}
		if (tuple.getValueNode() instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		error(tuple.getValueNode(), field(key), "cần một danh sách");
		return List.of();
	}

	/** A list of plain strings: {@code [A, B]} or one string per line. */
	List<String> strings(String key) {
		List<String> values = new ArrayList<>();
		int index = 0;
		for (Node item : list(key)) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				values.add(scalar.getValue().strip());
			}
			else {
				error(item, field(key) + "[" + index + "]", "cần một chuỗi không rỗng");
			}
			index++;
		}
		return values;
	}

	/** The entries of a mapping whose keys are not known in advance (targets by year). */
	List<NodeTuple> tuples(String key) {
		NodeTuple tuple = this.entries.get(key);
		if (tuple == null || isNull(tuple.getValueNode())) {
			return List.of();
		}
		if (tuple.getValueNode() instanceof MappingNode mapping) {
			return mapping.getValue();
		}
		error(tuple.getValueNode(), field(key), "cần một bảng khóa: giá trị (mapping)");
		return List.of();
	}

	Node valueNode(String key) {
		NodeTuple tuple = this.entries.get(key);
		return (tuple != null) ? tuple.getValueNode() : this.node;
	}

	void error(Node at, String field, String message) {
		this.errors.add(new CatalogError(this.file, lineOf(at), field, message));
	}

	static int lineOf(Node node) {
		return (node == null) ? 0 : node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
	}

	private static boolean isNull(Node node) {
		return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
	}

}
