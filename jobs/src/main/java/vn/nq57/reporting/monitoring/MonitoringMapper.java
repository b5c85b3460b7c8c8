package vn.nq57.reporting.monitoring;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** Counts for health and metrics (SQL in sql/mapper/monitoring/MonitoringMapper.xml). */
@Mapper
public interface MonitoringMapper {

	List<StatusCount> countRunsByStatus();

	List<StatusCount> countOutboxByStatus();

	List<StatusCount> countReceiptsByStatus();

	List<StatusCount> countRefusalsByCode();

}
