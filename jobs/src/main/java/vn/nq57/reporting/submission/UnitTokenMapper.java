package vn.nq57.reporting.submission;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.system.GeneratedKey;

/**
 * API tokens of units, stored hashed (SQL in sql/mapper/submission/UnitTokenMapper.xml).
 */
@Mapper
public interface UnitTokenMapper {

	void insertToken(@Param("planCode") String planCode, @Param("unitCode") String unitCode,
			@Param("tokenHash") String tokenHash, @Param("label") String label,
			@Param("createdAt") LocalDateTime createdAt, @Param("key") GeneratedKey key);

	UnitCredential findActive(@Param("tokenHash") String tokenHash);

	String findHash(@Param("id") long id);

	int revoke(@Param("id") long id, @Param("revokedAt") LocalDateTime revokedAt);

}
