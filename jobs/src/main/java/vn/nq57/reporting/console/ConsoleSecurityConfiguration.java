package vn.nq57.reporting.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything on the web server is behind sign-in and a role. Viewers read; operators and
 * administrators also re-run and resend; unit users see only their own unit's pages. The
 * HTTP API under /api uses the same accounts with HTTP Basic, statelessly (no session
 * cookie, so no CSRF token); the console uses a sign-in form, a session and CSRF
 * protection on every form.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ConsoleSecurityConfiguration {

	private static final String[] READERS = { "VIEWER", "OPERATOR", "ADMIN" };

	private static final String[] OPERATORS = { "OPERATOR", "ADMIN" };

	/** Units land on their own page, everyone else on the dashboard. */
	private static void landingPage(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response, org.springframework.security.core.Authentication user)
			throws java.io.IOException {
		boolean unit = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_UNIT"));
		response.sendRedirect(request.getContextPath() + (unit ? "/unit" : "/"));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole(READERS)
				.requestMatchers(HttpMethod.POST, "/api/runs", "/api/runs/*/resend", "/api/batches",
						"/api/batches/*/restart")
				.hasAnyRole(OPERATORS)
				.anyRequest()
				.denyAll())
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/css/**", "/error")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/runs", "/runs/*/resend")
			.hasAnyRole(OPERATORS)
			.requestMatchers("/runs/new", "/runs/*/resend")
			.hasAnyRole(OPERATORS)
			.requestMatchers("/unit/**")
			.hasRole("UNIT")
			.requestMatchers(HttpMethod.GET, "/", "/runs", "/runs/**", "/schedule", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html")
			.hasAnyRole(READERS)
			.anyRequest()
			.denyAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(ConsoleSecurityConfiguration::landingPage)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

}
