package vn.nq57.reporting.archive;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The archive's record of each version's files (sql/mapper/archive/ArchiveMapper.xml).
 */
@Mapper
public interface ArchiveMapper {

	List<ArchivedFile> findFiles(@Param("runId") long runId);

	void saveFile(@Param("runId") long runId, @Param("kind") String kind, @Param("path") String path,
			@Param("sha256") String sha256, @Param("size") long size, @Param("createdAt") LocalDateTime createdAt);

}
