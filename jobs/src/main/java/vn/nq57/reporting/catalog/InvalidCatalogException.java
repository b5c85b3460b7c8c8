package vn.nq57.reporting.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog file that cannot be imported; carries every problem found, not only the
 * first.
 */
public class InvalidCatalogException extends RuntimeException {

	private final List<CatalogError> errors;

	public InvalidCatalogException(List<CatalogError> errors) {
		super("Tệp danh mục kế hoạch không hợp lệ (" + errors.size() + " lỗi):\n"
				+ errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
		this.errors = List.copyOf(errors);
	}

	public List<CatalogError> errors() {
		return this.errors;
	}

}
