package vn.nq57.reporting.catalog;

/**
 * One problem in a catalog file: where it is (file, line, field) and why, in Vietnamese.
 */
public record CatalogError(String file, int line, String field, String message) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + field + ": " + message;
	}

}
