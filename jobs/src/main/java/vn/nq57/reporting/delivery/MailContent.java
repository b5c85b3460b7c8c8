package vn.nq57.reporting.delivery;

/** What a report email says: its subject and its HTML body. */
public record MailContent(String subject, String html) {
}
