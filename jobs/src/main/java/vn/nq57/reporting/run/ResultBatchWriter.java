package vn.nq57.reporting.run;

import java.util.List;
import java.util.function.BiConsumer;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.stereotype.Component;

/**
 * Writes a run's results as JDBC batches: one prepared statement, its rows sent together
 * once per chunk. A MyBatis session keeps one executor type per transaction, so the batch
 * session comes from a second session factory over the same configuration and data
 * source: inside a transaction it uses the same connection as the other mappers.
 */
@Component
class ResultBatchWriter {

	private final SqlSessionTemplate batch;

	private final ReportRunMapper mapper;

	ResultBatchWriter(SqlSessionFactory sqlSessionFactory) {
		this.batch = new SqlSessionTemplate(new SqlSessionFactoryBuilder().build(sqlSessionFactory.getConfiguration()),
				ExecutorType.BATCH);
		this.mapper = this.batch.getMapper(ReportRunMapper.class);
	}

	void indicators(List<IndicatorResult> results) {
		write(results, ReportRunMapper::insertIndicatorResult);
	}

	void tasks(List<TaskResult> results) {
		write(results, ReportRunMapper::insertTaskResult);
	}

	private <T> void write(List<T> rows, BiConsumer<ReportRunMapper, T> insert) {
		for (T row : rows) {
			insert.accept(this.mapper, row);
		}
		this.batch.flushStatements();
	}

}
