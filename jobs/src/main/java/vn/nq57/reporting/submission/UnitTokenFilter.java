package vn.nq57.reporting.submission;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates "Authorization: Bearer TOKEN" against the stored token hashes. A missing
 * or unknown token leaves the request anonymous, and the authorisation rules then refuse
 * it.
 */
public final class UnitTokenFilter extends OncePerRequestFilter {

	private final UnitTokens tokens;

	public UnitTokenFilter(UnitTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<UnitCredential> credential = this.tokens.check(header.substring(7).strip());
			if (credential.isPresent()) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(new UnitTokenAuthentication(credential.get()));
				SecurityContextHolder.setContext(context);
			}
		}
		// Spring Security's SecurityContextHolderFilter clears the context when the
		// request ends
		chain.doFilter(request, response);
	}

}
