package vn.nq57.reporting.submission;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.nq57.reporting.attainment.DataWindowPolicy;

/** Wires the submission pieces that are plain classes. */
@Configuration(proxyBeanMethods = false)
class SubmissionConfiguration {

	@Bean
	SubmissionValidator submissionValidator(DataWindowPolicy windows) {
		return new SubmissionValidator(windows);
	}

	@Bean
	SpreadsheetLimits spreadsheetLimits(@Value("${reports.submissions.max-file-bytes:10485760}") long maxFileBytes,
			@Value("${reports.submissions.max-rows-per-sheet:2000}") int maxRows,
			@Value("${reports.submissions.max-part-bytes:20971520}") long maxPartBytes) {
		return new SpreadsheetLimits(maxFileBytes, maxRows, maxPartBytes);
	}

}
