package vn.nq57.reporting.scheduler;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.ScheduledRun;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanSummary;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.delivery.MailTemplates;
import vn.nq57.reporting.delivery.MessageKind;
import vn.nq57.reporting.delivery.OutboxMapper;

/**
 * Reminds the units of a plan that have not submitted for a period, a few working days
 * before their own deadline: one email per unit and period (queued once, sent by the
 * outbox). Units with no address in the catalog are listed so an operator can call them.
 */
@Service
public class UnitReminders {

	private static final Logger log = LoggerFactory.getLogger(UnitReminders.class);

	private final CatalogMapper catalog;

	private final ScheduleMapper schedule;

	private final OutboxMapper outbox;

	private final SchedulePlanner planner;

	private final MailTemplates templates;

	private final Clock clock;

	private final OwedReports owed;

	public UnitReminders(CatalogMapper catalog, ScheduleMapper schedule, OutboxMapper outbox, SchedulePlanner planner,
			MailTemplates templates, OwedReports owed, Clock clock) {
		this.owed = owed;
		this.catalog = catalog;
		this.schedule = schedule;
		this.outbox = outbox;
		this.planner = planner;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * What a reminder round did: units newly reminded, units already reminded, units with
	 * no address.
	 */
	public record Result(List<String> reminded, List<String> alreadyReminded, List<String> withoutEmail) {
	}

	public Result remind(String planCode, Period period) {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã \"" + planCode + "\"");
		}
		ScheduledRun run = this.planner.runOf(period, this.owed.ownerOf(planCode, period.type()))
			.orElseThrow(() -> new IllegalArgumentException(period.type().vietnameseName() + " không có lịch tự động"));
		String issuer = this.catalog.listPlans()
			.stream()
			.filter(p -> p.code().equals(planCode))
			.findFirst()
			.map(UnitReminders::issuer)
			.orElse(planCode);
		List<String> reminded = new ArrayList<>();
		List<String> already = new ArrayList<>();
		List<String> withoutEmail = new ArrayList<>();
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (UnitToRemind unit : this.schedule.findUnitsNotSubmitted(plan.id(), period.type().name(), period.code())) {
			if (unit.email() == null || unit.email().isBlank()) {
				withoutEmail.add(unit.code());
				continue;
			}
			String key = "reminder/" + planCode + "/" + period.type().name() + "/" + period.code() + "/" + unit.code();
			String subject = "Nhắc gửi số liệu " + reportName(period) + " thực hiện Nghị quyết số 57-NQ/TW — hạn "
					+ VietnameseDates.format(run.unitsLastDay());
			if (this.outbox.insertOnce(MessageKind.REMINDER, unit.email().trim(), key, subject,
					body(subject, unit, period, run, issuer), now) > 0) {
				reminded.add(unit.code());
			}
			else {
				already.add(unit.code());
			}
		}
		if (!withoutEmail.isEmpty()) {
			log.warn("Kế hoạch {} kỳ {}: các đơn vị chưa gửi số liệu nhưng danh mục không có địa chỉ thư: {}", planCode,
					period.code(), String.join(", ", withoutEmail));
		}
		return new Result(reminded, already, withoutEmail);
	}

	private String body(String subject, UnitToRemind unit, Period period, ScheduledRun run, String issuer) {
		return this.templates.render("mail/reminder",
				Map.of("subject", subject, "unitName", unit.name(), "reportName", reportName(period), "issuer", issuer,
						"lastDay", VietnameseDates.format(run.unitsLastDay()), "planDeadline",
						run.planDeadline().text()));
	}

	private static String reportName(Period period) {
		return "báo cáo " + period.label();
	}

	private static String issuer(PlanSummary plan) {
		return "UBND " + plan.localityKind() + " " + plan.localityName();
	}

}
