package vn.nq57.reporting.console;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.run.BatchRun;
import vn.nq57.reporting.run.ReportBatch;
import vn.nq57.reporting.run.ReportBatchLauncher;

/**
 * Province-wide and all-plan runs through the API, with the same semantics as
 * {@code ./reports run --province}.
 */
@RestController
@RequestMapping("/api/batches")
@Tag(name = "Đợt báo cáo", description = "Lập báo cáo cho mọi kế hoạch của một tỉnh hoặc tất cả kế hoạch")
class BatchesApiController {

	private final ReportBatchLauncher batches;

	BatchesApiController(ReportBatchLauncher batches) {
		this.batches = batches;
	}

	/** {@code province} null means every plan. */
	record BatchRequest(String type, String period, String province, Boolean send) {
	}

	record BatchView(ReportBatch batch, List<BatchRun> runs) {
	}

	@PostMapping
	@Operation(summary = "Lập báo cáo một kỳ cho mọi kế hoạch của một tỉnh (hoặc tất cả khi không có province)")
	ResponseEntity<BatchView> run(@RequestBody BatchRequest request) throws Exception {
		ReportBatch batch = this.batches.run(request.province(), ReportType.fromCliName(request.type()),
				request.period(), Boolean.TRUE.equals(request.send()));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(batch.id()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một đợt báo cáo và trạng thái của từng kế hoạch")
	BatchView show(@PathVariable long id) {
		return view(id);
	}

	@PostMapping("/{id}/restart")
	@Operation(summary = "Chạy lại riêng các kế hoạch lỗi của đợt, mỗi kế hoạch từ bước bị lỗi")
	BatchView restart(@PathVariable long id) throws Exception {
		this.batches.restart(id);
		return view(id);
	}

	private BatchView view(long id) {
		ReportBatch batch = this.batches.batchOf(id);
		if (batch == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đợt báo cáo " + id);
		}
		return new BatchView(batch, this.batches.runsOf(id));
	}

}
