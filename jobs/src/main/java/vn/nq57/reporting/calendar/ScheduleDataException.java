package vn.nq57.reporting.calendar;

/**
 * A schedule or holiday file under schedules/ that cannot be used: says which file, which
 * field and why.
 */
public class ScheduleDataException extends RuntimeException {

	public ScheduleDataException(String file, String field, String problem) {
		super("Tệp " + file + (field.isEmpty() ? "" : ", trường " + field) + ": " + problem);
	}

}
