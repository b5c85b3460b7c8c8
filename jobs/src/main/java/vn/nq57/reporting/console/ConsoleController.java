package vn.nq57.reporting.console;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanSummary;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.run.ReportRun;

/** The sign-in page and the period dashboard. */
@Controller
class ConsoleController {

	private final CatalogMapper catalog;

	private final RunDetails runs;

	private final ReportDocumentAssembler assembler;

	ConsoleController(CatalogMapper catalog, RunDetails runs, ReportDocumentAssembler assembler) {
		this.catalog = catalog;
		this.runs = runs;
		this.assembler = assembler;
	}

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	/** The latest completed report of a plan: completeness by unit, statuses by group, overdue tasks. */
	@GetMapping("/")
	String dashboard(@RequestParam(required = false) String plan, Model model, Authentication user) {
		List<PlanSummary> plans = this.catalog.listPlans();
		String selected = (plan != null) ? plan : plans.isEmpty() ? null : plans.get(0).code();
		model.addAttribute("plans", plans);
		model.addAttribute("plan", selected);
		model.addAttribute("operator", ConsoleRoles.canOperate(user));
		ReportRun latest = (selected == null) ? null
				: this.runs.latest(selected, 50).stream().filter(r -> "COMPLETED".equals(r.status())).findFirst().orElse(null);
		model.addAttribute("run", latest);
		if (latest != null) {
			model.addAttribute("report", this.assembler.assemble(latest.id()));
		}
		return "console/dashboard";
	}

}
