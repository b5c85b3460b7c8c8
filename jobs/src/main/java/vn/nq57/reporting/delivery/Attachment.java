package vn.nq57.reporting.delivery;

/** A file of a report run to attach, with the checksum recorded when it was archived. */
public record Attachment(String kind, String path, String sha256, long sizeBytes) {
}
