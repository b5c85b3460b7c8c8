package vn.nq57.reporting.monitoring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Health and metrics are read without signing in, but only on the management port, which
 * listens on 127.0.0.1 alone ({@code management.server.address}): with a separate port
 * the endpoint matcher matches only requests arriving there, and the console's port does
 * not serve the endpoints at all. Only GET: no endpoint that changes anything is exposed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ManagementSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(org.springframework.http.HttpMethod.GET, "/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
