package vn.nq57.reporting.console;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A unit's own page: its submissions, and nothing of other units. */
@Controller
class UnitController {

	private final ConsoleUsers users;

	private final UnitPageMapper units;

	UnitController(ConsoleUsers users, UnitPageMapper units) {
		this.users = users;
		this.units = units;
	}

	@GetMapping("/unit")
	String submissions(Authentication authentication, Model model) {
		ConsoleUser user = this.users.find(authentication.getName());
		model.addAttribute("user", user);
		model.addAttribute("submissions", this.units.findSubmissions(user.planCode(), user.unitCode()));
		return "console/unit";
	}

}
