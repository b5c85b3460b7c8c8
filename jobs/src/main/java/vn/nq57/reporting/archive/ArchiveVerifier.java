package vn.nq57.reporting.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.FileCheck.Outcome;
import vn.nq57.reporting.attainment.ReportType;

/**
 * Checks the report archive against what the database recorded when each version was
 * archived: every recorded file must be in its version's folder with the recorded size
 * and SHA-256, and a sealed folder (one with a manifest) of a recorded version must hold
 * nothing else. A sealed folder the database records no version for is reported apart,
 * not as a failure: the archive itself moves such a folder aside at the next run of that
 * version (see {@link ReportArchive#newFile}).
 * <p>
 * Province reports ({@code province_report_file}, folders under {@code provinces/}) are
 * checked the same way when the whole archive is checked (no plan given).
 */
@Component
public class ArchiveVerifier {

	/** Runs read from the database at a time. */
	static final int RUNS_PER_PAGE = 200;

	private static final String SET_ASIDE = ".chua-ghi-nhan-";

	/** The folder of the province reports, beside the plans' folders. */
	static final String PROVINCES = "provinces";

	private final ArchiveRecordMapper records;

	private final Path root;

	public ArchiveVerifier(ArchiveRecordMapper records,
			@Value("${reports.archive-folder:data/archive}") Path archiveFolder) {
		this.records = records;
		this.root = archiveFolder.toAbsolutePath().normalize();
	}

	public Path root() {
		return this.root;
	}

	public boolean planExists(String planCode) {
		return this.records.planExists(planCode);
	}

	/**
	 * Checks every recorded file (of one plan, or of all when {@code planCode} is
	 * {@code null}), then looks for sealed folders no recorded version owns; hands each
	 * file's outcome to {@code listener} as it goes.
	 */
	public ArchiveSummary verify(String planCode, Consumer<FileCheck> listener) {
		ArchiveSummary summary = new ArchiveSummary();
		Consumer<FileCheck> report = check -> {
			summary.add(check);
			listener.accept(check);
		};
		Set<Path> recordedFolders = new HashSet<>();
		long afterRunId = 0;
		List<RecordedFile> page;
		while (!(page = this.records.findRecordedFiles(planCode, afterRunId, RUNS_PER_PAGE)).isEmpty()) {
			Map<Long, List<RecordedFile>> byRun = page.stream()
				.collect(Collectors.groupingBy(RecordedFile::runId, LinkedHashMap::new, Collectors.toList()));
			for (List<RecordedFile> files : byRun.values()) {
				recordedFolders.add(checkVersion(files, report));
				summary.versionChecked();
			}
			afterRunId = page.get(page.size() - 1).runId();
		}
		if (planCode == null) {
			long afterProvinceRunId = 0;
			while (!(page = this.records.findRecordedProvinceFiles(afterProvinceRunId, RUNS_PER_PAGE)).isEmpty()) {
				Map<Long, List<RecordedFile>> byRun = page.stream()
					.collect(Collectors.groupingBy(RecordedFile::runId, LinkedHashMap::new, Collectors.toList()));
				for (List<RecordedFile> files : byRun.values()) {
					recordedFolders.add(checkVersion(files, report));
					summary.versionChecked();
				}
				afterProvinceRunId = page.get(page.size() - 1).runId();
			}
		}
		checkUnrecordedFolders(planCode, recordedFolders, report, summary);
		return summary;
	}

	/** Where the archive keeps a version's files: the layout of {@link ReportArchive}. */
	Path folderOf(String planCode, String periodCode, String reportType, int version) {
		return this.root.resolve(planCode)
			.resolve(periodCode)
			.resolve(reportType.toLowerCase(Locale.ROOT).replace('_', '-'))
			.resolve("v" + version);
	}

	/**
	 * Where the archive keeps a province report version's files:
	 * {@code provinces/<PROVINCE>/<period>/province-<type>/v<n>}, taken from the recorded
	 * path (the province's folder name is the province package's to make) and placed
	 * under this archive's root, so that an archive restored elsewhere is still found.
	 */
	Path provinceFolderOf(RecordedFile recorded) {
		Path recordedFolder = Path.of(recorded.path()).getParent();
		if (recordedFolder == null || recordedFolder.getNameCount() < 4) {
			return (recordedFolder != null) ? recordedFolder : this.root;
		}
		int count = recordedFolder.getNameCount();
		return this.root.resolve(PROVINCES).resolve(recordedFolder.subpath(count - 4, count));
	}

	private Path checkVersion(List<RecordedFile> files, Consumer<FileCheck> report) {
		RecordedFile run = files.get(0);
		Path folder = (run.province() != null) ? provinceFolderOf(run)
				: folderOf(run.planCode(), run.periodCode(), run.reportType(), run.version());
		Set<String> recordedNames = new HashSet<>();
		for (RecordedFile recorded : files) {
			Path name = Path.of(recorded.path()).getFileName();
			recordedNames.add(name.toString());
			Path file = folder.resolve(name);
			if (!Files.exists(file) && Files.exists(Path.of(recorded.path()))) {
				// archived under another layout or root that is still there
				file = Path.of(recorded.path());
			}
			report.accept(check(recorded, file));
		}
		if (Files.isRegularFile(folder.resolve(ReportArchive.MANIFEST))) {
			for (Path file : regularFiles(folder)) {
				if (!recordedNames.contains(file.getFileName().toString())) {
					report.accept(new FileCheck(Outcome.EXTRA, run.planCode(), run.reportType(), run.periodCode(),
							run.version(), run.runId(), null, file, null, sha256OrNull(file), sizeOrNull(file), null,
							"Thư mục đã niêm phong (có " + ReportArchive.MANIFEST
									+ ") nhưng cơ sở dữ liệu không ghi nhận tệp này.",
							run.province()));
				}
			}
		}
		return folder;
	}

	private static FileCheck check(RecordedFile recorded, Path file) {
		if (!Files.isRegularFile(file)) {
			return result(Outcome.MISSING, recorded, file, null, null,
					"Cơ sở dữ liệu ghi nhận tệp này nhưng thư mục lưu trữ không có.");
		}
		long size;
		String sha256;
		try {
			size = Files.size(file);
			sha256 = Sha256.of(file);
		}
		catch (IOException | UncheckedIOException ex) {
			return result(Outcome.UNREADABLE, recorded, file, null, null, "Không đọc được tệp: " + ex.getMessage());
		}
		if (size != recorded.sizeBytes()) {
			return result(Outcome.CHANGED, recorded, file, sha256, size,
					"Kích thước " + size + " byte, bản ghi là " + recorded.sizeBytes() + " byte.");
		}
		if (!sha256.equalsIgnoreCase(recorded.sha256())) {
			return result(Outcome.CHANGED, recorded, file, sha256, size,
					"Cùng kích thước nhưng SHA-256 khác bản ghi: nội dung đã bị sửa.");
		}
		return result(Outcome.MATCHES, recorded, file, sha256, size, null);
	}

	private static FileCheck result(Outcome outcome, RecordedFile recorded, Path file, String sha256, Long size,
			String problem) {
		return new FileCheck(outcome, recorded.planCode(), recorded.reportType(), recorded.periodCode(),
				recorded.version(), recorded.runId(), recorded.kind(), file, recorded.sha256(), sha256,
				recorded.sizeBytes(), size, problem, recorded.province());
	}

	/**
	 * Version folders ({@code <plan>/<period>/<type>/v<n>}) with a manifest that no
	 * recorded version owns; folders the archive moved aside are only counted.
	 */
	private void checkUnrecordedFolders(String planCode, Set<Path> recordedFolders, Consumer<FileCheck> report,
			ArchiveSummary summary) {
		Path base = (planCode != null) ? this.root.resolve(planCode) : this.root;
		int depth = (planCode != null) ? 3 : 4;
		checkUnrecordedFolders(base, depth, false, recordedFolders, report, summary);
		if (planCode == null) {
			checkUnrecordedFolders(this.root.resolve(PROVINCES), 4, true, recordedFolders, report, summary);
		}
	}

	private void checkUnrecordedFolders(Path base, int depth, boolean provinces, Set<Path> recordedFolders,
			Consumer<FileCheck> report, ArchiveSummary summary) {
		if (!Files.isDirectory(base)) {
			return;
		}
		List<Path> folders;
		try (Stream<Path> found = Files.find(base, depth, (path, attributes) -> attributes.isDirectory()
				&& base.relativize(path).getNameCount() == depth && !path.equals(base))) {
			folders = found.sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không duyệt được thư mục lưu trữ " + base + ": " + ex.getMessage(), ex);
		}
		for (Path folder : folders) {
			String name = folder.getFileName().toString();
			if (name.contains(SET_ASIDE)) {
				summary.setAsideFolder();
				continue;
			}
			if (recordedFolders.contains(folder) || !Files.isRegularFile(folder.resolve(ReportArchive.MANIFEST))) {
				continue;
			}
			Path relative = (provinces ? base : this.root).relativize(folder);
			report.accept(new FileCheck(Outcome.UNRECORDED_VERSION, provinces ? null : relative.getName(0).toString(),
					reportTypeOf(relative.getName(2).toString()), relative.getName(1).toString(), versionOf(name), null,
					null, folder, null, null, null, null,
					"Thư mục có " + ReportArchive.MANIFEST + " nhưng cơ sở dữ liệu không có phiên bản này (lần chạy"
							+ " dừng giữa chừng, hoặc lưu trữ mới hơn bản sao cơ sở dữ liệu); lần chạy tới của phiên"
							+ " bản này sẽ chuyển nó sang " + name + SET_ASIDE + "<thời điểm>.",
					provinces ? relative.getName(0).toString() : null));
		}
	}

	private static List<Path> regularFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không đọc được thư mục " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private static String sha256OrNull(Path file) {
		try {
			return Sha256.of(file);
		}
		catch (IOException | UncheckedIOException ex) {
			return null;
		}
	}

	private static Long sizeOrNull(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static String reportTypeOf(String folderName) {
		String typeName = folderName.startsWith("province-") ? folderName.substring("province-".length()) : folderName;
		for (ReportType type : ReportType.values()) {
			if (type.cliName().equals(typeName)) {
				return type.name();
			}
		}
		return folderName;
	}

	private static Integer versionOf(String folderName) {
		try {
			return Integer.valueOf(folderName.substring(1));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
