package vn.nq57.reporting.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Run by the build (exec-maven-plugin, phase process-classes): compiles every
 * {@code .jrxml} under the given folder into a {@code .jasper} beside it, skipping those
 * already compiled since the layout last changed. A layout that does not compile fails
 * the build, naming the file.
 */
public final class ReportLayoutCompiler {

	private ReportLayoutCompiler() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<Path> layouts;
		try (Stream<Path> files = Files.walk(folder)) {
			layouts = files.filter(file -> file.getFileName().toString().endsWith(".jrxml")).sorted().toList();
		}
		int compiled = 0;
		for (Path layout : layouts) {
			Path target = layout.resolveSibling(layout.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper"));
			if (Files.exists(target)
					&& Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(layout)) >= 0) {
				continue;
			}
			try {
				JasperCompileManager.compileReportToFile(layout.toString(), target.toString());
			}
			catch (JRException ex) {
				throw new IllegalStateException("Mẫu báo cáo " + layout + " không hợp lệ: " + ex.getMessage(), ex);
			}
			compiled++;
		}
		System.out.printf("Report layouts: %d compiled, %d up to date (%s)%n", compiled, layouts.size() - compiled,
				folder);
	}

}
