package vn.nq57.reporting.console;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.calendar.ScheduleDataException;
import vn.nq57.reporting.calendar.SchedulePlanner;

/**
 * The schedule's coming runs: when each fires, which report and period, and its deadline.
 */
@Controller
class ScheduleController {

	private final SchedulePlanner planner;

	private final Clock clock;

	ScheduleController(SchedulePlanner planner, Clock clock) {
		this.clock = clock;
		this.planner = planner;
	}

	@GetMapping("/schedule")
	String upcoming(Model model) {
		try {
			model.addAttribute("runs",
					this.planner.upcoming(LocalDate.now(this.clock).atStartOfDay(ReportingZone.ZONE), 12));
		}
		catch (ScheduleDataException ex) {
			model.addAttribute("problem", ex.getMessage());
		}
		return "console/schedule";
	}

}
