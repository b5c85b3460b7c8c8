package vn.nq57.reporting.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.nq57.reporting.attainment.DataWindowPolicy;

/** Wires the plain engine classes that need configuration. */
@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

	/**
	 * Data windows: Decree 09/2019/NĐ-CP cut-off on the 15th unless configured otherwise.
	 */
	@Bean
	DataWindowPolicy dataWindowPolicy(@Value("${reports.data-window.cut-off-day:15}") int cutOffDay) {
		return new DataWindowPolicy(cutOffDay);
	}

	/**
	 * Passwords are stored as BCrypt hashes (with the algorithm's id, so it can change
	 * later).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
