package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A task of the plan with the progress its reporting unit's latest accepted submission
 * gives, if any.
 */
public record TaskInput(String code, int position, String groupCode, String number, String name, String leadUnits,
		String deadlineKind, String deadlineValue, String deadlineFrom, Integer deadlineMonth, String deadlineText,
		String progressStatus, BigDecimal percentDone, LocalDate completedOn, String output, String result) {
}
