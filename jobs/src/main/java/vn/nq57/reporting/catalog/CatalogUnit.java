package vn.nq57.reporting.catalog;

import java.util.List;

/**
 * A body the plan names: an office, the centre, police, a school, a village, a
 * collective...
 */
public record CatalogUnit(String code, String name, String kind, String email, List<String> members, int line) {
}
