package vn.nq57.reporting.attainment;

/** How a target was read. */
public enum TargetKind {

	/** One number with a comparator: "≥ 60%", "dưới 5", "100". */
	NUMERIC,
	/** Two numbers: "45- 50%", "từ 45% đến 50%". */
	RANGE,
	/** No target for this milestone: "-". */
	NONE,
	/** Words, not a number: judged from the responsible unit's own assessment. */
	QUALITATIVE

}
