package vn.nq57.reporting.attainment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one time zone every reporting date is read in. */
public final class ReportingZone {

	/** Vietnam (UTC+7); deadlines end at midnight here, not on the server's clock. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private ReportingZone() {
	}

	/** Today's date in Vietnam, whatever zone the clock's machine runs in. */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

}
