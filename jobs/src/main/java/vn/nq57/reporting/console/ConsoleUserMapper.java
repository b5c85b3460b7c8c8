package vn.nq57.reporting.console;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Console users (sql/mapper/console/ConsoleUserMapper.xml). */
@Mapper
public interface ConsoleUserMapper {

	ConsoleUser findByUsername(@Param("username") String username);

	void insertUser(@Param("username") String username, @Param("passwordHash") String passwordHash,
			@Param("role") String role, @Param("planCode") String planCode, @Param("unitCode") String unitCode,
			@Param("createdAt") LocalDateTime createdAt);

	int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash,
			@Param("role") String role, @Param("planCode") String planCode, @Param("unitCode") String unitCode);

}
