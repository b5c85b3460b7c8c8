package vn.nq57.reporting.system;

import java.time.ZoneId;

/** The product's one time zone: periods, deadlines and stored local times are in Vietnam's. */
public final class Zone {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private Zone() {
	}

}
