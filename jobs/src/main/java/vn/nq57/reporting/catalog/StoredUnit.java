package vn.nq57.reporting.catalog;

public record StoredUnit(String code, String name, String kind, String email, String members) {
}
