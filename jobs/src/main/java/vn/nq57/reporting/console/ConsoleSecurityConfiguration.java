package vn.nq57.reporting.console;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Everything on the web server is behind sign-in and a role. Viewers read; operators and
 * administrators also re-run and resend; administrators also manage users (/users); unit
 * users see only their own unit's pages. The HTTP API under /api uses the same accounts
 * with HTTP Basic, statelessly (no session is read or made, so no CSRF token; a console
 * session cookie opens nothing there); the console uses a sign-in form, a session and
 * CSRF protection on every form. Both sign in through one guarded check (password
 * guessing: see {@link GuardedAuthenticationProvider}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class ConsoleSecurityConfiguration {

	private static final String[] READERS = { "VIEWER", "OPERATOR", "ADMIN", "SIGNER" };

	private static final String[] OPERATORS = { "OPERATOR", "ADMIN" };

	/**
	 * Units land on their own page, the Sở's staff (PROVINCE) on their province's
	 * dashboard, everyone else on the dashboard.
	 */
	private static void landingPage(jakarta.servlet.http.HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response, org.springframework.security.core.Authentication user)
			throws java.io.IOException {
		boolean unit = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_UNIT"));
		boolean province = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_PROVINCE"));
		response.sendRedirect(request.getContextPath() + (unit ? "/unit" : province ? "/province" : "/"));
	}

	/**
	 * Disabled accounts are refused only after their password is checked (so they take as
	 * long as anyone's), and then like a wrong password.
	 */
	@Bean
	AuthenticationManager consoleAuthentication(ConsoleUsers users, PasswordEncoder encoder, SignInLocks locks,
			SignInSettings settings) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return new ProviderManager(
				new GuardedAuthenticationProvider(passwords, new SignInThrottle(settings), locks, settings));
	}

	@Bean
	ConsoleSessionRegistry consoleSessions(ConsoleUsers users) {
		return new ConsoleSessionRegistry(users);
	}

	/** Tells the session registry when the server ends a session. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager consoleAuthentication) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole(READERS)
				.requestMatchers(HttpMethod.POST, "/api/runs", "/api/runs/*/resend", "/api/batches",
						"/api/batches/*/restart")
				.hasAnyRole(OPERATORS)
				.anyRequest()
				.denyAll())
			.authenticationManager(consoleAuthentication)
			.httpBasic(basic -> basic.authenticationEntryPoint(new ApiSignInEntryPoint()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurity(HttpSecurity http, AuthenticationManager consoleAuthentication,
			ConsoleSessionRegistry consoleSessions) throws Exception {
		ExceptionMappingAuthenticationFailureHandler refused = new ExceptionMappingAuthenticationFailureHandler();
		refused.setDefaultFailureUrl("/login?error");
		refused.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?throttled",
				LockedException.class.getName(), "/login?locked"));
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/css/**", "/error")
			.permitAll()
			.requestMatchers("/users", "/users/**", "/audit")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.POST, "/runs", "/runs/*/resend", "/runs/*/resend-undelivered")
			.hasAnyRole(OPERATORS)
			.requestMatchers("/runs/new", "/runs/*/resend")
			.hasAnyRole(OPERATORS)
			.requestMatchers(HttpMethod.POST, "/runs/*/approve", "/runs/*/return")
			.hasRole("SIGNER")
			.requestMatchers("/unit/**")
			.hasRole("UNIT")
			.requestMatchers(HttpMethod.POST, "/province/run")
			.hasAnyRole(OPERATORS)
			.requestMatchers(HttpMethod.GET, "/province", "/province/**")
			.hasAnyRole("PROVINCE", "VIEWER", "OPERATOR", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/", "/runs", "/runs/**", "/schedule", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html")
			.hasAnyRole(READERS)
			.anyRequest()
			.denyAll())
			.authenticationManager(consoleAuthentication)
			.formLogin(form -> form.loginPage("/login")
				.successHandler(ConsoleSecurityConfiguration::landingPage)
				.failureHandler(refused)
				.permitAll())
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(consoleSessions)
				.expiredUrl("/login?expired"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

}
