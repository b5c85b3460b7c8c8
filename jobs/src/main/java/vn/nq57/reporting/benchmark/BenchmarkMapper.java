package vn.nq57.reporting.benchmark;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Figures of a finished batch (sql/mapper/benchmark/BenchmarkMapper.xml). */
@Mapper
public interface BenchmarkMapper {

	List<StepTime> stepTimes(@Param("batchId") long batchId);

	List<Long> runIds(@Param("batchId") long batchId);

}
