package vn.nq57.reporting.catalog;

public record StoredGroup(String code, String name, String printedName) {
}
