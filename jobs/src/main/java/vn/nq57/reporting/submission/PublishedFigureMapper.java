package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.system.GeneratedKey;

/** Published figures (SQL in sql/mapper/submission/PublishedFigureMapper.xml). */
@Mapper
public interface PublishedFigureMapper {

	void insert(@Param("planId") long planId, @Param("indicatorCode") String indicatorCode,
			@Param("measuredPeriod") String measuredPeriod, @Param("value") BigDecimal value,
			@Param("source") String source, @Param("publishedOn") LocalDate publishedOn,
			@Param("enteredBy") String enteredBy, @Param("enteredAt") LocalDateTime enteredAt,
			@Param("key") GeneratedKey key);

	/** Every figure entered for a plan, newest publication first. */
	List<PublishedFigure> findByPlan(@Param("planId") long planId);

}
