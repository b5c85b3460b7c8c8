package vn.nq57.reporting.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Drops Flyway's notice "outOfOrder mode is active …", which it logs as a warning at
 * every start because the product migrates out of order on purpose
 * ({@code spring.flyway.out-of-order}, application.properties): printed on stderr by
 * every command, it told operators nothing. Flyway's other warnings stay
 * (logback-spring.xml).
 */
public class OutOfOrderNoticeFilter extends TurboFilter {

	private static final String LOGGER = "org.flywaydb.core.internal.command.DbMigrate";

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (format != null && level == Level.WARN && LOGGER.equals(logger.getName())
				&& format.startsWith("outOfOrder mode is active")) {
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
	}

}
