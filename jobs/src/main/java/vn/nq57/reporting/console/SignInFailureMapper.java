package vn.nq57.reporting.console;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Failed sign-ins and locks per account name
 * (sql/mapper/console/SignInFailureMapper.xml).
 */
@Mapper
public interface SignInFailureMapper {

	SignInFailure find(@Param("username") String username);

	/**
	 * One more failure in a row, or the first of a new row when the previous one is older
	 * than {@code windowStart}.
	 */
	void recordFailure(@Param("username") String username, @Param("address") String address,
			@Param("now") LocalDateTime now, @Param("windowStart") LocalDateTime windowStart);

	/** Locks the name if it has reached {@code maxFailures}; 1 when it did. */
	int lockIfReached(@Param("username") String username, @Param("maxFailures") int maxFailures,
			@Param("now") LocalDateTime now);

	int delete(@Param("username") String username);

	/**
	 * Forgets names whose last failure is older than {@code before}, unless they are
	 * still locked (locked at or after {@code lockedSince}; every lock when it is null).
	 */
	int deleteStale(@Param("before") LocalDateTime before, @Param("lockedSince") LocalDateTime lockedSince);

}
