package vn.nq57.reporting.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wires what the whole product shares. */
@Configuration(proxyBeanMethods = false)
public class ReportingConfiguration {

	/**
	 * Passwords are stored as BCrypt hashes (with the algorithm's id, so it can change
	 * later).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
