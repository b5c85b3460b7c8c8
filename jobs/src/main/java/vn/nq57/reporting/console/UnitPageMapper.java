package vn.nq57.reporting.console;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What a unit user may see (sql/mapper/console/UnitPageMapper.xml). */
@Mapper
public interface UnitPageMapper {

	List<UnitReceipt> findReceipts(@Param("planCode") String planCode, @Param("unitCode") String unitCode);

	List<UnitReceiptError> findErrors(@Param("planCode") String planCode, @Param("unitCode") String unitCode);

}
