package vn.nq57.reporting.province;

/** A file of a province report version, with its SHA-256. */
public record ProvinceFile(String kind, String path, String sha256, long sizeBytes) {
}
