package vn.nq57.reporting.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.province.ProvinceFile;
import vn.nq57.reporting.province.ProvinceReport;
import vn.nq57.reporting.province.ProvinceReportMapper;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.province.ProvinceRun;

/**
 * The province dashboard: the latest province report of a province, its communes with
 * their status, the shared indicators as inline SVG charts, whether a commune report was
 * made again since (and the re-run). The Sở's staff (role PROVINCE) see their own
 * province only; every other province answers 403.
 */
@Controller
class ProvinceController {

	private final ProvinceReportMapper provinces;

	private final ProvinceReportRunner runner;

	private final ConsoleUsers users;

	private final ReportArchive archive;

	ProvinceController(ProvinceReportMapper provinces, ProvinceReportRunner runner, ConsoleUsers users,
			ReportArchive archive) {
		this.provinces = provinces;
		this.runner = runner;
		this.users = users;
		this.archive = archive;
	}

	@GetMapping("/province")
	String dashboard(@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "report", required = false) Long reportId, Authentication user, Model model) {
		String own = ownProvince(user);
		List<String> all = this.provinces.findProvinces();
		String province = (name != null) ? name : (own != null) ? own : (all.isEmpty() ? null : all.get(0));
		if (own != null && !own.equals(province)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ xem được báo cáo của " + own);
		}
		model.addAttribute("province", province);
		model.addAttribute("provinces", (own != null) ? List.of(own) : all);
		model.addAttribute("operator", ConsoleRoles.canOperate(user));
		model.addAttribute("reader", own == null);
		List<ProvinceRun> runs = (province != null) ? this.provinces.findLatestCompleted(province, 12) : List.of();
		model.addAttribute("runs", runs);
		ProvinceRun run = null;
		if (reportId != null) {
			run = this.provinces.findRun(reportId);
			if (run == null || !run.province().equals(province)) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có báo cáo tỉnh " + reportId);
			}
		}
		else if (!runs.isEmpty()) {
			run = runs.get(0);
		}
		model.addAttribute("run", run);
		if (run != null) {
			ProvinceReport report = this.runner.assemble(run.id());
			model.addAttribute("report", report);
			model.addAttribute("charts",
					report.sharedIndicators()
						.stream()
						.filter(f -> !f.distribution().isEmpty())
						.map(f -> new SharedChart(f.sharedCode(), f.name(), SharedChart.svg(f)))
						.toList());
			model.addAttribute("newer", run.outOfDate() ? this.provinces.findNewerCommuneReports(run.id()) : List.of());
			model.addAttribute("files", this.provinces.findFiles(run.id()));
		}
		model.addAttribute("types", ProvinceReportType.values());
		return "console/province";
	}

	/** A file of a province report, for whoever may see that province. */
	@GetMapping("/province/reports/{id}/{kind}")
	ResponseEntity<FileSystemResource> file(@PathVariable long id, @PathVariable String kind, Authentication user)
			throws IOException {
		ProvinceRun run = this.provinces.findRun(id);
		String own = ownProvince(user);
		if (run == null || (own != null && !own.equals(run.province()))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có báo cáo tỉnh " + id);
		}
		ProvinceFile file = this.provinces.findFiles(id)
			.stream()
			.filter(f -> f.kind().equalsIgnoreCase(kind))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có tệp " + kind));
		Path path = Path.of(file.path());
		if (!Files.isRegularFile(path)) {
			throw new ResponseStatusException(HttpStatus.GONE, "Tệp không còn trong thư mục lưu trữ: " + path);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + path.getFileName() + "\"")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(new FileSystemResource(path));
	}

	/**
	 * The PDF of a commune report a province report used: where a province figure came
	 * from. Only a commune report the given province report used, for whoever may see
	 * that province.
	 */
	@GetMapping("/province/commune-reports/{plan}/{version}")
	ResponseEntity<FileSystemResource> communeReport(@PathVariable String plan, @PathVariable int version,
			@RequestParam("report") long provinceRunId, Authentication user) throws IOException {
		ProvinceRun run = this.provinces.findRun(provinceRunId);
		String own = ownProvince(user);
		if (run == null || (own != null && !own.equals(run.province()))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có báo cáo tỉnh " + provinceRunId);
		}
		Long communeRunId = this.provinces.findCommunes(provinceRunId)
			.stream()
			.filter(c -> c.planCode().equals(plan) && c.reportVersion() != null && c.reportVersion() == version)
			.map(c -> c.reportRunId())
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Báo cáo tỉnh này không dùng báo cáo " + plan + " phiên bản " + version));
		ArchivedFile pdf = this.archive.file(communeRunId, "PDF");
		if (pdf == null || !Files.isRegularFile(Path.of(pdf.path()))) {
			throw new ResponseStatusException(HttpStatus.GONE, "Tệp PDF của báo cáo xã không còn");
		}
		Path path = Path.of(pdf.path());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + path.getFileName() + "\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(new FileSystemResource(path));
	}

	/**
	 * Operators make the next version of a province report (the re-run of an out-of-date
	 * one).
	 */
	@PostMapping("/province/run")
	String run(@RequestParam String name, @RequestParam String type, @RequestParam String period) {
		ProvinceReportType reportType = ProvinceReportType.fromCliName(type)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Loại báo cáo tỉnh không hợp lệ"));
		ProvinceRun run = this.runner.run(name, reportType, period);
		return "redirect:/province?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
				+ "&report=" + run.id();
	}

	/** The province a PROVINCE user is scoped to; null for everyone else. */
	private String ownProvince(Authentication user) {
		boolean scoped = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PROVINCE"));
		if (!scoped) {
			return null;
		}
		ConsoleUser found = this.users.find(user.getName());
		if (found == null || found.province() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Người dùng chưa được gán tỉnh");
		}
		return found.province();
	}

}
