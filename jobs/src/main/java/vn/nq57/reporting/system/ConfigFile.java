package vn.nq57.reporting.system;

/**
 * One configuration file as read: its name relative to the configuration folder
 * ({@code schedules/holidays/2027.yaml}), where it came from (the file's path, or "trong
 * tệp jar"), and its text.
 */
public record ConfigFile(String name, String source, String text) {
}
