package vn.nq57.reporting.archive;

/**
 * The content type of an archived file by its kind, for downloads and mail attachments
 * alike (a mail client shows an XLSX sent as application/octet-stream as an unknown
 * file).
 */
public final class ArchivedFileTypes {

	private ArchivedFileTypes() {
	}

	public static String contentType(String kind) {
		return switch (kind) {
			case "PDF", "SIGNED" -> "application/pdf";
			case "JSON" -> "application/json";
			case "XLSX" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			default -> "application/octet-stream";
		};
	}

}
