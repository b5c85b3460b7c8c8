package vn.nq57.reporting.run;

/**
 * The same plan, report type and period is already being run: a second run at the same
 * time is refused.
 */
public class RunInProgressException extends IllegalStateException {

	public RunInProgressException(String message) {
		super(message);
	}

}
