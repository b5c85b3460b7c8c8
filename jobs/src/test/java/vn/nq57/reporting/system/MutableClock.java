package vn.nq57.reporting.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import vn.nq57.reporting.attainment.ReportingZone;

/** A clock a test moves by hand, in Asia/Ho_Chi_Minh. */
public final class MutableClock extends Clock {

	private volatile Instant now;

	public MutableClock(LocalDateTime start) {
		this.now = start.atZone(ReportingZone.ZONE).toInstant();
	}

	public void set(LocalDateTime time) {
		this.now = time.atZone(ReportingZone.ZONE).toInstant();
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ReportingZone.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
