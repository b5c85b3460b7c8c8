package vn.nq57.reporting.scheduler;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schedules run only the reports each plan owes (issue 14 item 9; before, every scheduled
 * type ran for every plan loaded): the catalogs' {@code reporting:} says which, and a
 * multi-year review is owed for the spans counted from the plan's year.
 */
@DatabaseTest
class OwedReportsTests {

	@Autowired
	OwedReports owed;

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenThePlans() throws Exception {
		// the database is shared with the other tests of the same configuration: import
		// what is missing
		for (String file : new String[] { "loc-hung.yaml", "vu-quang.yaml", "yen-hoa.yaml", "kien-an.yaml",
				"phu-trung.yaml" }) {
			String code = file.replace(".yaml", "").toUpperCase(java.util.Locale.ROOT);
			if (this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE code = ?", Integer.class, code) == 0) {
				this.importer.importText("plans/" + file, TestPlans.text(file));
			}
		}
	}

	@Test
	void eachScheduledReportIsForThePlansThatOweIt() {
		assertThat(this.owed.plansOwing(Period.month(2026, 12))).containsExactlyInAnyOrder("VU-QUANG", "YEN-HOA");
		assertThat(this.owed.plansOwing(Period.quarter(2026, 4))).containsExactlyInAnyOrder("VU-QUANG", "YEN-HOA");
		assertThat(this.owed.plansOwing(Period.annual(2026))).containsExactlyInAnyOrder("VU-QUANG", "YEN-HOA",
				"LOC-HUNG", "PHU-TRUNG");
		// Kiến An prints "định kỳ" with no period: no schedule guesses one
		assertThat(this.owed.plansOwing(Period.annual(2026))).doesNotContain("KIEN-AN");
	}

	@Test
	void aMultiYearReviewIsOwedForTheSpansCountedFromThePlansYear() {
		assertThat(this.owed.plansOwing(Period.review(ReportType.THREE_YEAR_REVIEW, 2025))).containsExactly("LOC-HUNG");
		assertThat(this.owed.plansOwing(Period.review(ReportType.THREE_YEAR_REVIEW, 2028))).containsExactly("LOC-HUNG");
		assertThat(this.owed.plansOwing(Period.review(ReportType.THREE_YEAR_REVIEW, 2024))).isEmpty();
		assertThat(this.owed.plansOwing(Period.review(ReportType.THREE_YEAR_REVIEW, 2026))).isEmpty();
		assertThat(this.owed.plansOwing(Period.review(ReportType.FIVE_YEAR_REVIEW, 2025))).containsExactly("LOC-HUNG");
		assertThat(this.owed.plansOwing(Period.review(ReportType.FIVE_YEAR_REVIEW, 2028))).isEmpty();
	}

	@Test
	void aThreeYearReviewIsMadeLikeAnyReportWithItsOwnTitle() throws Exception {
		ReportRunLauncher.Outcome outcome = this.launcher.run("LOC-HUNG", ReportType.THREE_YEAR_REVIEW, "2025-2027",
				false);

		assertThat(outcome.completed()).as(String.valueOf(outcome.run().failureMessage())).isTrue();
		assertThat(outcome.run().dataFrom().getYear()).isEqualTo(2024);
		assertThat(outcome.run().dataTo().getYear()).isEqualTo(2027);
	}

}
