package vn.nq57.reporting.delivery;

/**
 * A report version's email reached the SMTP server for one recipient — in the run's own
 * send step, a later pass of the background retry or a resend. An {@code .eml} file
 * written without SMTP is not a delivery.
 */
public record ReportMailDelivered(long reportRunId, long messageId) {
}
