package vn.nq57.reporting.delivery;

/**
 * What a report email says: its subject, its HTML body and the same in plain text (the
 * text is null for messages queued before it was kept).
 */
public record MailContent(String subject, String html, String text) {
}
