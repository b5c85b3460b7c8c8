package vn.nq57.reporting.system;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The web server (./reports serve) denies every request that no feature's own filter chain allows. Feature
 * chains (the submission API) have a lower order number and their own path matchers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebSecurityConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain denyEverythingElse(HttpSecurity http) throws Exception {
		// an error page rendered for an allowed request keeps its status; /error asked for directly is denied
		http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.anyRequest()
			.denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	/** No user names or passwords anywhere: this keeps Spring Boot from generating a default user. */
	@Bean
	AuthenticationProvider noPasswordLogins() {
		return new AuthenticationProvider() {

			@Override
			public org.springframework.security.core.Authentication authenticate(
					org.springframework.security.core.Authentication authentication) {
				throw new BadCredentialsException("no password logins");
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return false;
			}

		};
	}

}
