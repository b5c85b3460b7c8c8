package vn.nq57.reporting.console;

import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.archive.ArchiveFiles;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.delivery.BackgroundSender;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.run.RunDetails;
import vn.nq57.reporting.run.VersionLifecycle;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Run history, one run's steps, files and deliveries, downloads, and re-run / resend with
 * confirmation.
 */
@Controller
class RunsController {

	private final RunDetails runs;

	private final ArchiveFiles files;

	private final CatalogMapper catalog;

	private final ReportRunLauncher launcher;

	private final ResendService resend;

	private final BackgroundSender sender;

	private final ReportSchedules schedules;

	private final VersionLifecycle lifecycle;

	RunsController(RunDetails runs, ArchiveFiles files, CatalogMapper catalog, ReportRunLauncher launcher,
			ResendService resend, BackgroundSender sender, ReportSchedules schedules, VersionLifecycle lifecycle) {
		this.lifecycle = lifecycle;
		this.runs = runs;
		this.files = files;
		this.catalog = catalog;
		this.launcher = launcher;
		this.resend = resend;
		this.sender = sender;
		this.schedules = schedules;
	}

	@GetMapping("/runs")
	String list(@RequestParam(required = false) String plan, Model model, Authentication user) {
		model.addAttribute("runs", this.runs.latest((plan == null || plan.isBlank()) ? null : plan, 100));
		model.addAttribute("plans", this.catalog.listPlans());
		model.addAttribute("plan", plan);
		model.addAttribute("operator", ConsoleRoles.canOperate(user));
		return "console/runs";
	}

	@GetMapping("/runs/{id}")
	String show(@PathVariable long id, Model model, Authentication user) {
		RunDetails.Details details = this.runs.of(id);
		if (details == null) {
			throw new ResponseStatusException(NOT_FOUND, "Không có lần chạy " + id);
		}
		model.addAttribute("details", details);
		model.addAttribute("operator", ConsoleRoles.canOperate(user));
		// approve and return are shown to a signer of this plan only
		model.addAttribute("signer", user != null && this.lifecycle.maySign(user.getName(), details.run().planCode()));
		return "console/run";
	}

	/** A signer of the plan approves the draft: it is numbered, signed and sent. */
	@PostMapping("/runs/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) String comment, Authentication user,
			RedirectAttributes redirect) throws Exception {
		try {
			ReportRun run = this.lifecycle.approve(id, user.getName(), comment);
			redirect.addFlashAttribute("message", (run.issuanceStatus() != null && run.issuedAt() != null)
					? "Đã duyệt: báo cáo đã được cấp số, ký số và " + run.issuanceStatus().label().toLowerCase() + "."
					: "Đã duyệt nhưng ban hành thất bại; xem lỗi bên dưới.");
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
		}
		return "redirect:/runs/" + id;
	}

	/** A signer of the plan returns the draft with the reason. */
	@PostMapping("/runs/{id}/return")
	String returnVersion(@PathVariable long id, @RequestParam String reason, Authentication user,
			RedirectAttributes redirect) {
		try {
			this.lifecycle.returnVersion(id, user.getName(), reason);
			redirect.addFlashAttribute("message", "Đã trả lại dự thảo; lập lại kỳ này để có phiên bản mới.");
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
		}
		return "redirect:/runs/" + id;
	}

	@GetMapping("/runs/{id}/files/{kind}")
	ResponseEntity<FileSystemResource> download(@PathVariable long id, @PathVariable String kind) {
		return this.files.download(id, kind);
	}

	/** Asks for confirmation before a new version is made. */
	@GetMapping("/runs/new")
	String confirmRerun(@RequestParam String plan, @RequestParam String type, @RequestParam String period,
			Model model) {
		ReportType reportType = ReportType.fromCliName(type);
		model.addAttribute("plan", plan);
		model.addAttribute("type", reportType.cliName());
		model.addAttribute("typeName", reportType.vietnameseName());
		model.addAttribute("period", period);
		return "console/confirm-rerun";
	}

	@PostMapping("/runs")
	String rerun(@RequestParam String plan, @RequestParam String type, @RequestParam String period,
			@RequestParam(defaultValue = "false") boolean send, RedirectAttributes redirect) throws Exception {
		ReportRunLauncher.Outcome outcome = this.launcher.run(plan, ReportType.fromCliName(type), period, send);
		redirect.addFlashAttribute("message", outcome.completed() ? "Đã lập phiên bản " + outcome.run().version() + "."
				: "Lần chạy thất bại; xem các bước bên dưới.");
		return "redirect:/runs/" + outcome.run().id();
	}

	@GetMapping("/runs/{id}/resend")
	String confirmResend(@PathVariable long id, Model model) {
		RunDetails.Details details = this.runs.of(id);
		if (details == null) {
			throw new ResponseStatusException(NOT_FOUND, "Không có lần chạy " + id);
		}
		ReportRun run = details.run();
		model.addAttribute("run", run);
		model.addAttribute("recipients", String.join("\n", this.schedules.recipients(run.type())));
		return "console/confirm-resend";
	}

	@PostMapping("/runs/{id}/resend")
	String resend(@PathVariable long id, @RequestParam String recipients, RedirectAttributes redirect) {
		List<String> list = Arrays.stream(recipients.split("[\\s,;]+")).filter(r -> !r.isBlank()).toList();
		try {
			int queued = this.resend.resendRun(id, list);
			this.sender.sendDue(id);
			redirect.addFlashAttribute("message",
					"Đã xếp " + queued + " thư vào hàng gửi; thư đang được gửi, trạng thái ở bảng bên dưới.");
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
		}
		return "redirect:/runs/" + id;
	}

	/**
	 * Every failed or uncertain message of the run, after the operator checked with the
	 * recipients.
	 */
	@PostMapping("/runs/{id}/resend-undelivered")
	String resendUndelivered(@PathVariable long id, RedirectAttributes redirect) {
		int requeued = this.resend.resendUndelivered(id);
		this.sender.sendDue(id);
		redirect.addFlashAttribute("message",
				"Đã xếp lại " + requeued + " thư vào hàng gửi; thư đang được gửi, trạng thái ở bảng bên dưới.");
		return "redirect:/runs/" + id;
	}

}
