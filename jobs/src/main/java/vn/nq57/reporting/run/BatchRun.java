package vn.nq57.reporting.run;

/** A plan's run within a batch. */
public record BatchRun(long runId, String planCode, int version, RunStatus status) {
}
