package vn.nq57.reporting.document;

import java.time.LocalDateTime;

/** The earlier version a re-run replaces. */
public record ReplacedRun(long runId, int version, LocalDateTime createdAt) {
}
