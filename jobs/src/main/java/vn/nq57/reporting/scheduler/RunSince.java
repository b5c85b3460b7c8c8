package vn.nq57.reporting.scheduler;

/** A version of a plan's report made since a firing was due, and its status. */
public record RunSince(long id, String status) {

	boolean completed() {
		return "COMPLETED".equals(this.status);
	}

}
