package vn.nq57.reporting.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Time is one dependency: every "now" of the product comes from this clock, in
 * Asia/Ho_Chi_Minh whatever the server's own zone (a test may put a fixed clock in its
 * place).
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ReportingZone.ZONE);
	}

}
