package vn.nq57.reporting.catalog;

/**
 * An indicator of a stored plan version; {@code responsible} is a comma-separated list of
 * unit codes.
 */
public record StoredIndicator(long id, String code, String number, String sharedCode, String groupCode,
		String parentCode, String name, String measureUnit, String direction, String responsible, String reportingUnit,
		String leader, String officer, String output, String reading, int position) {
}
