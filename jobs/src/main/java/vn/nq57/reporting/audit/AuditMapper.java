package vn.nq57.reporting.audit;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The audit log's table (SQL in sql/mapper/audit/AuditMapper.xml). */
@Mapper
public interface AuditMapper {

	void insert(@Param("occurredAt") LocalDateTime occurredAt, @Param("actor") String actor,
			@Param("action") AuditAction action, @Param("subject") String subject, @Param("detail") String detail);

	/** The latest events first. */
	List<AuditEvent> findLatest(@Param("limit") int limit);

}
