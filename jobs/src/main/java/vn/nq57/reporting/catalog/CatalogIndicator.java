package vn.nq57.reporting.catalog;

import java.util.List;

/** An indicator with its milestone targets exactly as printed. */
public record CatalogIndicator(String code, String number, String shared, String group, String parent, String name,
		String unit, String direction, List<String> responsible, String leader, String officer, String output,
		List<CatalogTarget> targets, String reading, int line) {

	/** A target for one milestone year, as printed, and where it stands in the file. */
	public record CatalogTarget(int year, String text, int line) {
	}

}
