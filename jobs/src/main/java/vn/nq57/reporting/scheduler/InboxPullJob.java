package vn.nq57.reporting.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

import vn.nq57.reporting.submission.SubmissionProperties;
import vn.nq57.reporting.submission.SubmissionInbox;

/**
 * Quartz job of the inbox pull (every few minutes, one node): hands off to
 * {@link SubmissionInbox}.
 */
@DisallowConcurrentExecution
public class InboxPullJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(InboxPullJob.class);

	private final SubmissionInbox inbox;

	private final String folder;

	public InboxPullJob(SubmissionInbox inbox, SubmissionProperties properties) {
		this.inbox = inbox;
		this.folder = properties.inbox();
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		if (this.folder.isBlank()) {
			return;
		}
		try {
			int pulled = this.inbox.pull(Path.of(this.folder)).size();
			if (pulled > 0) {
				log.info("Đã nhận {} tệp báo cáo từ thư mục {}", pulled, this.folder);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không đọc được thư mục nhận báo cáo " + this.folder, ex);
		}
	}

}
