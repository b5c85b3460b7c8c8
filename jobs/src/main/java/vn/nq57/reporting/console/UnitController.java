package vn.nq57.reporting.console;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A unit's own page: what it sent and why anything was refused; nothing of other units.
 */
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
		Map<Long, List<UnitReceiptError>> errors = this.units.findErrors(user.planCode(), user.unitCode())
			.stream()
			.collect(Collectors.groupingBy(UnitReceiptError::receiptId));
		model.addAttribute("user", user);
		model.addAttribute("receipts", this.units.findReceipts(user.planCode(), user.unitCode()));
		model.addAttribute("errors", errors);
		return "console/unit";
	}

}
