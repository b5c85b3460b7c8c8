package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DeadlineTests {

	private static Deadline deadlineOf(Period period) {
		return period.deadline().orElseThrow();
	}

	@Test
	void monthlyReportIsDueBeforeThe20thOfTheMonth() {
		Deadline deadline = deadlineOf(Period.month(2026, 5));

		assertThat(deadline.beforeDay()).isEqualTo(LocalDate.of(2026, 5, 20));
		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 5, 19));
		assertThat(deadline.text()).isEqualTo("trước ngày 20/05/2026");
	}

	@Test
	void januaryAndDecemberReportsAreDueInTheirOwnMonth() {
		assertThat(deadlineOf(Period.month(2026, 1)).text()).isEqualTo("trước ngày 20/01/2026");
		assertThat(deadlineOf(Period.month(2026, 12)).text()).isEqualTo("trước ngày 20/12/2026");
	}

	@Test
	void quarterlyReportIsDueBeforeThe10thOfTheQuartersLastMonth() {
		assertThat(deadlineOf(Period.quarter(2026, 1)).text()).isEqualTo("trước ngày 10/03/2026");
		assertThat(deadlineOf(Period.quarter(2026, 2)).text()).isEqualTo("trước ngày 10/06/2026");
		assertThat(deadlineOf(Period.quarter(2026, 3)).text()).isEqualTo("trước ngày 10/09/2026");
		assertThat(deadlineOf(Period.quarter(2026, 4)).text()).isEqualTo("trước ngày 10/12/2026");
	}

	@Test
	void firstHalfReportIsDueBefore10June() {
		Deadline deadline = deadlineOf(Period.half(2026, 1));

		assertThat(deadline.beforeDay()).isEqualTo(LocalDate.of(2026, 6, 10));
		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 6, 9));
	}

	@Test
	void secondHalfReportSharesTheAnnualDeadlineOf30November() {
		assertThat(deadlineOf(Period.half(2026, 2))).isEqualTo(deadlineOf(Period.annual(2026)));
		assertThat(deadlineOf(Period.half(2026, 2)).text()).isEqualTo("trước ngày 30/11/2026");
	}

	@Test
	void annualReportIsDueBefore30November() {
		Deadline deadline = deadlineOf(Period.annual(2026));

		assertThat(deadline.beforeDay()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(deadline.text()).isEqualTo("trước ngày 30/11/2026");
	}

	@Test
	void adHocReportHasNoComputedDeadline() {
		assertThat(Period.parse(ReportType.AD_HOC, "2026-05-03..2026-06-10").deadline()).isEmpty();
	}

	@Test
	void beforeDayDMeansSentByTheEndOfDayDMinusOneInVietnam() {
		Deadline deadline = Deadline.before(LocalDate.of(2026, 5, 20));

		assertThat(deadline.isMetBy(LocalDate.of(2026, 5, 19))).isTrue();
		assertThat(deadline.isMetBy(LocalDate.of(2026, 5, 20))).isFalse();
		assertThat(deadline.lateFrom()).isEqualTo(ZonedDateTime.parse("2026-05-20T00:00+07:00[Asia/Ho_Chi_Minh]"));
		assertThat(deadline.lateFrom().toInstant().toString()).isEqualTo("2026-05-19T17:00:00Z");
	}

	@Test
	void todayIsReadInVietnamWhateverTheServersZone() {
		java.time.Clock utcEvening = java.time.Clock.fixed(java.time.Instant.parse("2026-05-19T18:00:00Z"),
				java.time.ZoneOffset.UTC);

		assertThat(ReportingZone.today(utcEvening)).isEqualTo(LocalDate.of(2026, 5, 20));
	}

}
