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
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.delivery.ReportMailQueue;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.RunDetails;
import vn.nq57.reporting.run.ReportRunLauncher;

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

	private final ReportMailQueue mailQueue;

	private final OutboxSender sender;

	RunsApiController(RunDetails runs, ArchiveFiles files, ReportRunLauncher launcher, ReportMailQueue mailQueue,
			OutboxSender sender) {
		this.runs = runs;
		this.files = files;
		this.launcher = launcher;
		this.mailQueue = mailQueue;
		this.sender = sender;
	}

	record RunRequest(String plan, String type, String period, Boolean send) {
	}

	record ResendRequest(List<String> recipients) {
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
	@Operation(summary = "Gửi lại đúng phiên bản này tới những người nhận đã chọn")
	OutboxSender.DeliveryResult resend(@PathVariable long id, @RequestBody ResendRequest request) {
		if (this.runs.of(id) == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có lần chạy " + id);
		}
		this.mailQueue.queue(id, request.recipients());
		return this.sender.sendDue(id);
	}

	@GetMapping("/{id}/files/{kind}")
	@Operation(summary = "Tải tệp PDF, JSON hoặc XLSX của một phiên bản")
	ResponseEntity<FileSystemResource> file(@PathVariable long id, @PathVariable String kind) {
		return this.files.download(this.runs.file(id, kind));
	}

}
