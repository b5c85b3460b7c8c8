package vn.nq57.reporting.catalog;

/**
 * A group of indicators or tasks; {@code printedName} is the plan's own wording where the
 * corrected {@code name} differs from it.
 */
public record CatalogGroup(String code, String name, String printedName, int line) {
}
