package vn.nq57.reporting.calendar;

/**
 * Whose deadline a plan's printed day is ({@code due_from} in the catalog's
 * {@code reporting:}): the report's own (the commune's to the body it reports to, Yên Hòa
 * III.1) or the units' to the consolidating office (Vũ Quang V.1). It decides the plan's
 * timeline: units' cut-off, run, sending.
 */
public enum DeadlineOwner {

	/**
	 * The printed day is the report's deadline; units send before the run (the default).
	 */
	ISSUER(""),

	/** The printed day is the units' deadline; the report is made after it. */
	UNITS("@units");

	private final String keySuffix;

	DeadlineOwner(String keySuffix) {
		this.keySuffix = keySuffix;
	}

	/** Added to a run's key: "monthly@units/2026-12". */
	public String keySuffix() {
		return this.keySuffix;
	}

	/** From the catalog's {@code due_from} (units, issuer or none). */
	public static DeadlineOwner of(String dueFrom) {
		return "units".equals(dueFrom) ? UNITS : ISSUER;
	}

}
