package vn.nq57.reporting.catalog;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one catalog file, each with its line and field. */
final class CatalogProblems {

	private final String file;

	private final List<CatalogError> list = new ArrayList<>();

	CatalogProblems(String file) {
		this.file = file;
	}

	void add(int line, String field, String message) {
		this.list.add(new CatalogError(this.file, line, field, message));
	}

	List<CatalogError> list() {
		return this.list;
	}

}
