package vn.nq57.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report layouts of one folder of {@code templates/}, loaded once per process. The
 * build compiles every {@code .jrxml} into a {@code .jasper} beside it
 * ({@link ReportLayoutCompiler}), so a process loads the compiled layout instead of
 * compiling its expressions with a Java compiler at the first report (seconds on a cold
 * JVM). A layout with no compiled copy, or whose {@code .jrxml} on disk is newer (a
 * template edited after the build, in development), is compiled here as before.
 */
public final class ReportLayouts {

	/** The commune report and its subreports. */
	public static final ReportLayouts COMMUNE = new ReportLayouts("/templates/report/");

	/** The province's report and its subreports. */
	public static final ReportLayouts PROVINCE = new ReportLayouts("/templates/province/");

	private final String folder;

	private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

	private ReportLayouts(String folder) {
		this.folder = folder;
	}

	/** The layout {@code name} ({@code templates/…/name.jrxml}). */
	public JasperReport get(String name) {
		return this.loaded.computeIfAbsent(name, this::load);
	}

	private JasperReport load(String name) {
		URL source = ReportLayouts.class.getResource(this.folder + name + ".jrxml");
		if (source == null) {
			throw new IllegalStateException("Thiếu mẫu báo cáo " + this.folder + name + ".jrxml");
		}
		URL compiled = ReportLayouts.class.getResource(this.folder + name + ".jasper");
		try {
			if (compiled != null && !newer(source, compiled)) {
				try (InputStream in = compiled.openStream()) {
					return (JasperReport) JRLoader.loadObject(in);
				}
			}
			try (InputStream in = source.openStream()) {
				return JasperCompileManager.compileReport(in);
			}
		}
		catch (IOException | JRException ex) {
			throw new IllegalStateException(
					"Mẫu báo cáo " + this.folder + name + ".jrxml không hợp lệ: " + ex.getMessage(), ex);
		}
	}

	/** Whether a layout on disk was edited after its compiled copy was made. */
	private static boolean newer(URL source, URL compiled) throws IOException {
		if (!"file".equals(source.getProtocol()) || !"file".equals(compiled.getProtocol())) {
			return false;
		}
		try {
			return Files.getLastModifiedTime(Path.of(source.toURI()))
				.compareTo(Files.getLastModifiedTime(Path.of(compiled.toURI()))) > 0;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
