package vn.nq57.reporting.scheduler;

/**
 * A unit that has not submitted for a period, with its address if the catalog gives one.
 */
public record UnitToRemind(String code, String name, String email) {
}
