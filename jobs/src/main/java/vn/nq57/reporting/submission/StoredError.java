package vn.nq57.reporting.submission;

/** One error kept with a rejected receipt. */
public record StoredError(int position, String code, String location, String message) {
}
