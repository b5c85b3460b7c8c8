package vn.nq57.reporting.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanSummary;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.RunDetails;

/** The sign-in page and the period dashboard. */
@Controller
class ConsoleController {

	private final CatalogMapper catalog;

	private final RunDetails runs;

	private final ReportDocumentAssembler assembler;

	private final SignInSettings signIn;

	ConsoleController(CatalogMapper catalog, RunDetails runs, ReportDocumentAssembler assembler,
			SignInSettings signIn) {
		this.catalog = catalog;
		this.runs = runs;
		this.assembler = assembler;
		this.signIn = signIn;
	}

	/** The sign-in form, with what a refusal means and how long it lasts. */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("lockMinutes",
				this.signIn.locksUntilUnlocked() ? null : Math.max(1, this.signIn.lockDuration().toMinutes()));
		model.addAttribute("addressMinutes", Math.max(1, this.signIn.addressWindow().toMinutes()));
		return "console/login";
	}

	/**
	 * The latest completed report of a plan: completeness by unit, statuses by group,
	 * overdue tasks.
	 */
	@GetMapping("/")
	String dashboard(@RequestParam(required = false) String plan, Model model, Authentication user) {
		List<PlanSummary> plans = this.catalog.listPlans();
		String selected = (plan != null) ? plan : plans.isEmpty() ? null : plans.get(0).code();
		model.addAttribute("plans", plans);
		model.addAttribute("plan", selected);
		model.addAttribute("operator", ConsoleRoles.canOperate(user));
		ReportRun latest = (selected == null) ? null
				: this.runs.latest(selected, 50)
					.stream()
					.filter(r -> r.status().isCompleted())
					.findFirst()
					.orElse(null);
		model.addAttribute("run", latest);
		if (latest != null) {
			ReportDocument report = this.assembler.assemble(latest.id());
			model.addAttribute("report", report);
			model.addAttribute("statusesByGroup", statusesByGroup(report));
		}
		return "console/dashboard";
	}

	/** Group → (status name → number of indicators), groups in the plan's order. */
	static Map<String, Map<String, Long>> statusesByGroup(ReportDocument report) {
		return report.indicators()
			.stream()
			.collect(Collectors.groupingBy(ReportDocument.IndicatorLine::group, LinkedHashMap::new, Collectors
				.groupingBy(ReportDocument.IndicatorLine::statusName, TreeMap::new, Collectors.counting())));
	}

}
