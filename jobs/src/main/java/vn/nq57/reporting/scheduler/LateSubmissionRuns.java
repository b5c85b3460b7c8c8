package vn.nq57.reporting.scheduler;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.ScheduledRun;

/**
 * A submission accepted after the run that made a report, and before the report's
 * deadline, makes a new version of it automatically, which is sent again (issue 14 item
 * 10). The new version lists each unit as on time or late by its own cut-off, so the
 * report says which submissions arrived late. It goes through {@link PlanFireLoop} like a
 * scheduled run (recorded, retried, the operators told of a failure); the deadline watch
 * looks every minute.
 */
@Service
public class LateSubmissionRuns {

	private static final Logger log = LoggerFactory.getLogger(LateSubmissionRuns.class);

	private final ScheduleMapper mapper;

	private final PlanFireLoop loop;

	private final SchedulePlanner planner;

	private final OwedReports owed;

	private final Clock clock;

	public LateSubmissionRuns(ScheduleMapper mapper, PlanFireLoop loop, SchedulePlanner planner, OwedReports owed,
			Clock clock) {
		this.mapper = mapper;
		this.loop = loop;
		this.planner = planner;
		this.owed = owed;
		this.clock = clock;
	}

	/**
	 * Makes and sends a new version of every report with late submissions; returns how
	 * many.
	 */
	public int rerun(LocalDate today) {
		List<LateSubmissions> reports = new ArrayList<>();
		for (LateSubmissions late : this.mapper.findReportsWithLateSubmissions(today.minusDays(60))) {
			// the report's own last day on the plan's timeline (for a plan whose printed
			// day is the units' deadline, after it); with no schedule, the day before D
			LocalDate lastDay = this.planner
				.runOf(late.period(), this.owed.ownerOf(late.planCode(), late.period().type()))
				.map(ScheduledRun::lastDay)
				.orElse(late.deadline().minusDays(1));
			if (!today.isAfter(lastDay)) {
				reports.add(late);
			}
		}
		for (LateSubmissions late : reports) {
			log.info("Báo cáo {} của {} (lần chạy {}): {} bản số liệu nhận sau khi lập ({}), lập phiên bản mới",
					late.period().label(), late.planCode(), late.runId(), late.submissions(), late.units());
			FiredTrigger fired = new FiredTrigger(
					"late/" + late.period().type().cliName() + "/" + late.periodCode() + "/after-run-" + late.runId(),
					late.period(), ZonedDateTime.now(this.clock).withNano(0), "watch");
			// retried at most until the end of the report's last day
			this.loop.fire(fired, List.of(late.planCode()), lastDayOf(late).plusDays(1).atStartOfDay());
		}
		return reports.size();
	}

	private LocalDate lastDayOf(LateSubmissions late) {
		return this.planner.runOf(late.period(), this.owed.ownerOf(late.planCode(), late.period().type()))
			.map(ScheduledRun::lastDay)
			.orElse(late.deadline().minusDays(1));
	}

	/** {@link #rerun(LocalDate)} for today. */
	int rerun() {
		return rerun(LocalDate.now(this.clock.withZone(ReportingZone.ZONE)));
	}

}
