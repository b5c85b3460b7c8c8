package vn.nq57.reporting.archive;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Reads what the archive should hold (sql/mapper/archive/ArchiveRecordMapper.xml). */
@Mapper
public interface ArchiveRecordMapper {

	/**
	 * The recorded files of the next {@code runs} runs after {@code afterRunId} that have
	 * any, ordered by run: a page at a time, so that no query stays open while files are
	 * read and memory does not grow with the archive.
	 * @param planCode only this plan's runs, or {@code null} for all
	 */
	List<RecordedFile> findRecordedFiles(@Param("planCode") String planCode, @Param("afterRunId") long afterRunId,
			@Param("runs") int runs);

	/**
	 * The recorded files of the next {@code runs} province reports after
	 * {@code afterRunId} (table {@code province_report_file}), likewise a page at a time.
	 */
	List<RecordedFile> findRecordedProvinceFiles(@Param("afterRunId") long afterRunId, @Param("runs") int runs);

	boolean planExists(@Param("planCode") String planCode);

}
