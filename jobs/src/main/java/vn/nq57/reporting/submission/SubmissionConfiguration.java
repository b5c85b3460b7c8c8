package vn.nq57.reporting.submission;

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
	SpreadsheetLimits spreadsheetLimits(SubmissionProperties properties) {
		return new SpreadsheetLimits(properties.maxFileBytes(), properties.maxRowsPerSheet(),
				properties.maxPartBytes());
	}

}
