package vn.nq57.reporting.monitoring;

/** How many rows of a table stand at one status (or carry one code). */
public record StatusCount(String status, long count) {
}
