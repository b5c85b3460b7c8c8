package vn.nq57.reporting.console;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.nq57.reporting.audit.AuditLog;

/** The audit log page (ADMIN only): the latest actions done by hand, newest first. */
@Controller
class AuditController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private static final int SHOWN = 500;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	/** One line of the page, in the words an administrator reads. */
	record Line(long id, String time, String actor, String action, String subject, String detail) {
	}

	@GetMapping("/audit")
	String audit(Model model) {
		List<Line> events = this.audit.latest(SHOWN)
			.stream()
			.map(e -> new Line(e.id(), TIME.format(e.occurredAt()), e.actor(), e.action().label(), e.subject(),
					(e.detail() == null) ? "" : e.detail()))
			.toList();
		model.addAttribute("events", events);
		return "console/audit";
	}

}
