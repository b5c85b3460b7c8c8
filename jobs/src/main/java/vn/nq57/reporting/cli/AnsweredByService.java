package vn.nq57.reporting.cli;

/**
 * A command the running service ({@code ./reports serve} or {@code ./reports scheduler})
 * may answer for a {@code ./reports} process on the same folder, so that the process
 * neither starts the application nor the database: a command that only reads, or one
 * plan's run, and that reads no file of the caller's folder. Decided on the parsed
 * options, by the caller and again by the service ({@link ServiceCommands}).
 */
interface AnsweredByService {

	/** Whether these options can be answered by the service; true unless overridden. */
	default boolean answerableByService() {
		return true;
	}

}
