package vn.nq57.reporting.submission;

import java.util.Arrays;
import java.util.Optional;

/**
 * A unit's own verdict on a qualitative indicator, stored as the attainment status it
 * names.
 */
public enum SelfAssessment {

	EXCEEDED("Vượt"), ACHIEVED("Đạt"), NOT_ACHIEVED("Chưa đạt");

	private final String label;

	SelfAssessment(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<SelfAssessment> read(String text) {
		return Arrays.stream(values())
			.filter(s -> s.name().equalsIgnoreCase(text) || s.label.equalsIgnoreCase(text))
			.findFirst();
	}

	public static String[] labels() {
		return Arrays.stream(values()).map(SelfAssessment::label).toArray(String[]::new);
	}

}
