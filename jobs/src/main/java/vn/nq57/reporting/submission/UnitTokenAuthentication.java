package vn.nq57.reporting.submission;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An API request authenticated by a unit's token: the principal is the unit it speaks
 * for.
 */
public final class UnitTokenAuthentication extends AbstractAuthenticationToken {

	private final UnitCredential credential;

	public UnitTokenAuthentication(UnitCredential credential) {
		super(List.of(new SimpleGrantedAuthority("ROLE_UNIT")));
		this.credential = credential;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public UnitCredential getPrincipal() {
		return this.credential;
	}

}
