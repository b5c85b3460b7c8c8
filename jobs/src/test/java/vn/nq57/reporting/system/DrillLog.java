package vn.nq57.reporting.system;

/**
 * The figures of a fault drill, one line each on the test output
 * ({@code DRILL <area>: <drill>: <figures>}), for RELIABILITY.md.
 */
public final class DrillLog {

	private DrillLog() {
	}

	public static void print(String area, String drill, String figures) {
		System.out.println("DRILL " + area + ": " + drill + ": " + figures);
	}

}
