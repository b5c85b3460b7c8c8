package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.ArchiveVersion;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.ReportFiles;
import vn.nq57.reporting.document.RunHeader;

/**
 * The version's PDF, JSON and XLSX, from the stored results, written into the version's
 * archive folder. Files only: nothing is recorded until the archive stage.
 */
@Component
@Order(400)
class WriteDocumentsStage implements ReportStage {

	private final ReportContentMapper content;

	private final ReportDocumentAssembler assembler;

	private final ReportFiles files;

	private final ReportArchive archive;

	WriteDocumentsStage(ReportContentMapper content, ReportDocumentAssembler assembler, ReportFiles files,
			ReportArchive archive) {
		this.content = content;
		this.assembler = assembler;
		this.files = files;
		this.archive = archive;
	}

	@Override
	public String name() {
		return "writeDocuments";
	}

	@Override
	public String label() {
		return "Dựng báo cáo PDF, JSON, XLSX";
	}

	@Override
	public StageGroup group() {
		return StageGroup.DOCUMENTS;
	}

	@Override
	public int run(PlanRun plan) throws Exception {
		RunHeader header = this.content.findRunHeader(plan.run().id());
		ReportDocument document = this.assembler.assemble(header);
		ArchiveVersion version = new ArchiveVersion(header.runId(), header.planCode(), header.planVersion(),
				header.reportType(), header.periodCode(), header.version());
		this.archive.openVersion(version);
		int written = this.files.write(document, extension -> this.archive.fileOf(version, extension)).size();
		plan.documentWritten(document, version);
		return written;
	}

}
