package vn.nq57.reporting.console;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.archive.ArchiveFiles;
import vn.nq57.reporting.delivery.BackgroundSender;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.run.RunDetails;

/**
 * The same operations as the console and the command line, for programs (HTTP Basic; see
 * /v3/api-docs).
 */
@RestController
@RequestMapping("/api/runs")
@Tag(name = "Báo cáo", description = "Lập, lập lại, xem và gửi lại báo cáo")
class RunsApiController {

	private final RunDetails runs;

	private final ArchiveFiles files;

	private final ReportRunLauncher launcher;

	private final ResendService resend;

	private final BackgroundSender sender;

	RunsApiController(RunDetails runs, ArchiveFiles files, ReportRunLauncher launcher, ResendService resend,
			BackgroundSender sender) {
		this.runs = runs;
		this.files = files;
		this.launcher = launcher;
		this.resend = resend;
		this.sender = sender;
	}

	record RunRequest(String plan, String type, String period, Boolean send) {
	}

	record ResendRequest(List<String> recipients) {
	}

	/** Messages queued; they are sent in the background (see the run's deliveries). */
	record ResendOutcome(long runId, int queued) {
	}

	@GetMapping
	@Operation(summary = "Các lần chạy gần nhất, mới nhất trước")
	List<ReportRun> list(@RequestParam(required = false) String plan, @RequestParam(defaultValue = "50") int limit) {
		return this.runs.latest(plan, Math.min(limit, 500));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một lần chạy: các bước, tệp và thư đã gửi")
	RunDetails.Details show(@PathVariable long id) {
		RunDetails.Details details = this.runs.of(id);
		if (details == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có lần chạy " + id);
		}
		return details;
	}

	@PostMapping
	@Operation(summary = "Lập (lại) báo cáo một kỳ: một phiên bản mới; chỉ gửi thư khi send = true")
	ResponseEntity<RunDetails.Details> run(@RequestBody RunRequest request) throws Exception {
		ReportRunLauncher.Outcome outcome = this.launcher.run(request.plan(), ReportType.fromCliName(request.type()),
				request.period(), Boolean.TRUE.equals(request.send()));
		return ResponseEntity.status(HttpStatus.CREATED).body(this.runs.of(outcome.run().id()));
	}

	@PostMapping("/{id}/resend")
	@Operation(summary = "Gửi lại đúng phiên bản này (đã hoàn thành) tới những người nhận đã chọn, hoặc theo lịch"
			+ " khi không chọn; thư được gửi ở nền")
	ResponseEntity<ResendOutcome> resend(@PathVariable long id, @RequestBody(required = false) ResendRequest request) {
		try {
			int queued = this.resend.resendRun(id, (request != null) ? request.recipients() : null);
			this.sender.sendDue(id);
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ResendOutcome(id, queued));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
	}

	@GetMapping("/{id}/files/{kind}")
	@Operation(summary = "Tải tệp PDF, JSON hoặc XLSX của một phiên bản")
	ResponseEntity<FileSystemResource> file(@PathVariable long id, @PathVariable String kind) {
		return this.files.download(id, kind);
	}

}
