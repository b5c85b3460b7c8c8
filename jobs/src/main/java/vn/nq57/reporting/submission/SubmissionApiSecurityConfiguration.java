package vn.nq57.reporting.submission;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Security of the submission API: stateless, a unit's bearer token required, only POST of
 * a submission allowed; no sessions, cookies, CSRF tokens or login forms (nothing here is
 * used from a browser). Ordered before the console's /api/** chain (order 1), which would
 * otherwise take these paths.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SubmissionApiSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain submissionApi(HttpSecurity http, UnitTokens tokens) throws Exception {
		http.securityMatcher("/api/v1/submissions", "/api/v1/submissions/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/submissions")
				.hasRole("UNIT")
				.anyRequest()
				.denyAll())
			.addFilterBefore(new UnitTokenFilter(tokens), AuthorizationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// bearer tokens in a header, never cookies: no cross-site request can carry
			// them
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.anonymous(anonymous -> anonymous.disable())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
				.accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())));
		return http.build();
	}

}
