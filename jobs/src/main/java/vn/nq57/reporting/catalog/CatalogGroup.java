package vn.nq57.reporting.catalog;

/** A numbered group of indicators or tasks, as the plan prints it. */
public record CatalogGroup(String code, String name, int line) {
}
