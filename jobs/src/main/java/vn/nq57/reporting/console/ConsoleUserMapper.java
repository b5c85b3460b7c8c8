package vn.nq57.reporting.console;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Console users (sql/mapper/console/ConsoleUserMapper.xml). */
@Mapper
public interface ConsoleUserMapper {

	ConsoleUser findByUsername(@Param("username") String username);

	/** Every user with its failed sign-ins and lock, by name. */
	List<ConsoleUserStatus> listUsers();

	void insertUser(@Param("username") String username, @Param("passwordHash") String passwordHash,
			@Param("role") String role, @Param("planCode") String planCode, @Param("unitCode") String unitCode,
			@Param("province") String province, @Param("createdAt") LocalDateTime createdAt);

	/**
	 * New password, role and unit; the session stamp moves on, enabled stays as it was.
	 */
	int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash,
			@Param("role") String role, @Param("planCode") String planCode, @Param("unitCode") String unitCode,
			@Param("province") String province);

	void setEmail(@Param("username") String username, @Param("email") String email);

	/** 1 when the user existed and its status changed (the session stamp moves on). */
	int setEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

}
