package vn.nq57.reporting.console;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * The API's answer to a refused sign-in: 429 with Retry-After for an address that made
 * too many failed ones (decided before the password is read), otherwise HTTP Basic's 401,
 * the same for a wrong password, an unknown name, a locked or a disabled account.
 */
public class ApiSignInEntryPoint implements AuthenticationEntryPoint {

	private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();

	public ApiSignInEntryPoint() {
		this.basic.setRealmName("NQ57");
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException {
		if (refusal instanceof SignInThrottledException throttled) {
			response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Quá nhiều lần đăng nhập sai từ địa chỉ này");
			return;
		}
		this.basic.commence(request, response, refusal);
	}

}
