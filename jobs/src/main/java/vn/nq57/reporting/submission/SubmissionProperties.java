package vn.nq57.reporting.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Unit submissions ({@code reports.submissions.*}): limits on what is received, and the
 * spreadsheet inbox.
 *
 * @param maxFileBytes the largest workbook kept and read
 * @param maxRowsPerSheet the most rows a sheet of a workbook may have
 * @param maxPartBytes the largest uncompressed part of a workbook
 * @param maxJsonBytes the largest JSON body the submission API keeps
 * @param inbox the folder of per-unit inbox folders (empty: none; {@code ./reports
 * submission pull --inbox DIR} still works)
 * @param inboxPullMinutes how often the scheduler pulls the inbox
 * @param inboxMaxAttempts pulls of a form that cannot be stored before it is set aside
 */
@ConfigurationProperties("reports.submissions")
public record SubmissionProperties(@DefaultValue("10485760") long maxFileBytes,
		@DefaultValue("2000") int maxRowsPerSheet, @DefaultValue("20971520") long maxPartBytes,
		@DefaultValue("1048576") long maxJsonBytes, @DefaultValue("") String inbox,
		@DefaultValue("5") int inboxPullMinutes, @DefaultValue("5") int inboxMaxAttempts) {

	public boolean hasInbox() {
		return this.inbox != null && !this.inbox.isBlank();
	}

}
