package vn.nq57.reporting.console;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the pages' common header needs: whether to show the users page link. */
@ControllerAdvice(basePackageClasses = ConsoleHeader.class)
class ConsoleHeader {

	@ModelAttribute("administrator")
	boolean administrator(Authentication user) {
		return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
	}

}
