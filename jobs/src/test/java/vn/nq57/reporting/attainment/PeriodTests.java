package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTests {

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			monthly   | 2026-05                | tháng 5 năm 2026
			monthly   | 2026-12                | tháng 12 năm 2026
			quarterly | 2026-Q1                | quý I năm 2026
			quarterly | 2026-Q2                | quý II năm 2026
			quarterly | 2026-Q3                | quý III năm 2026
			quarterly | 2026-Q4                | quý IV năm 2026
			half-year | 2026-H1                | 6 tháng đầu năm 2026
			half-year | 2026-H2                | 6 tháng cuối năm 2026
			annual    | 2026                   | năm 2026
			ad-hoc    | 2026-05-03..2026-06-10 | từ ngày 03/05/2026 đến ngày 10/06/2026
			""")
	void codeReadsBackAndLabelIsVietnamese(String type, String code, String label) {
		Period period = Period.parse(ReportType.fromCliName(type), code);

		assertThat(period.code()).isEqualTo(code);
		assertThat(period.label()).isEqualTo(label);
		assertThat(Period.parse(period.type(), period.code())).isEqualTo(period);
	}

	@Test
	void lowerCaseQuarterAndHalfAndSurroundingSpacesAreAccepted() {
		assertThat(Period.parse(ReportType.QUARTERLY, " 2026-q2 ")).isEqualTo(Period.quarter(2026, 2));
		assertThat(Period.parse(ReportType.HALF_YEAR, "2026-h2")).isEqualTo(Period.half(2026, 2));
	}

	@Test
	void wrongFormNamesTheExpectedFormInVietnamese() {
		assertThatThrownBy(() -> Period.parse(ReportType.MONTHLY, "2026-5"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("phải có dạng YYYY-MM")
			.hasMessageContaining("ví dụ 2026-05")
			.hasMessageContaining("\"2026-5\"");
		assertThatThrownBy(() -> Period.parse(ReportType.MONTHLY, "2026-13"))
			.hasMessageContaining("Tháng phải từ 01 đến 12");
		assertThatThrownBy(() -> Period.parse(ReportType.QUARTERLY, "2026-Q5")).hasMessageContaining("YYYY-Qn");
		assertThatThrownBy(() -> Period.parse(ReportType.HALF_YEAR, "2026-S1"))
			.hasMessageContaining("YYYY-H1 hoặc YYYY-H2");
		assertThatThrownBy(() -> Period.parse(ReportType.ANNUAL, "26")).hasMessageContaining("YYYY (ví dụ 2026)");
		assertThatThrownBy(() -> Period.parse(ReportType.AD_HOC, "2026-05-03"))
			.hasMessageContaining("YYYY-MM-DD..YYYY-MM-DD");
		assertThatThrownBy(() -> Period.parse(ReportType.AD_HOC, "2026-02-30..2026-03-10"))
			.hasMessageContaining("Ngày không tồn tại");
		assertThatThrownBy(() -> Period.parse(ReportType.AD_HOC, "2026-06-10..2026-05-03"))
			.hasMessageContaining("ngày kết thúc 03/05/2026 trước ngày bắt đầu 10/06/2026");
		assertThatThrownBy(() -> Period.parse(ReportType.MONTHLY, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void previousOfJanuaryIsDecemberOfThePreviousYear() {
		assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
		assertThat(Period.month(2026, 5).previous()).isEqualTo(Period.month(2026, 4));
	}

	@Test
	void previousOfFirstQuarterIsFourthQuarterOfThePreviousYear() {
		assertThat(Period.quarter(2026, 1).previous()).isEqualTo(Period.quarter(2025, 4));
		assertThat(Period.quarter(2026, 3).previous()).isEqualTo(Period.quarter(2026, 2));
	}

	@Test
	void previousOfAHalfIsTheHalfJustBefore() {
		assertThat(Period.half(2026, 1).previous()).isEqualTo(Period.half(2025, 2));
		assertThat(Period.half(2026, 2).previous()).isEqualTo(Period.half(2026, 1));
	}

	@Test
	void previousOfAYearIsTheYearBefore() {
		assertThat(Period.annual(2026).previous()).isEqualTo(Period.annual(2025));
	}

	@Test
	void previousOfAnAdHocPeriodIsAsLongAndEndsTheDayBeforeItStarts() {
		Period adHoc = Period.adHoc(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 6, 10));

		Period previous = adHoc.previous();

		assertThat(previous.code()).isEqualTo("2026-03-25..2026-05-02");
		assertThat(previous.calendarDays().days()).isEqualTo(adHoc.calendarDays().days());
	}

	@Test
	void adHocPeriodCrossingNewYearBelongsToTheYearItEndsIn() {
		Period adHoc = Period.parse(ReportType.AD_HOC, "2025-12-20..2026-01-10");

		assertThat(adHoc.year()).isEqualTo(2026);
	}

	@Test
	void containsIsAboutTheCalendarPeriodNotTheDataWindow() {
		Period may = Period.month(2026, 5);

		assertThat(may.contains(LocalDate.of(2026, 5, 1))).isTrue();
		assertThat(may.contains(LocalDate.of(2026, 5, 31))).isTrue();
		assertThat(may.contains(LocalDate.of(2026, 4, 30))).isFalse();
		assertThat(Period.quarter(2026, 4).contains(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(Period.half(2026, 1).contains(LocalDate.of(2026, 7, 1))).isFalse();
		assertThat(Period.annual(2026).contains(LocalDate.of(2026, 1, 1))).isTrue();
		assertThat(
				Period.adHoc(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 6, 10)).contains(LocalDate.of(2026, 6, 10)))
			.isTrue();
	}

	@Test
	void yearIsTheYearWhoseMilestoneApplies() {
		assertThat(Period.month(2026, 12).year()).isEqualTo(2026);
		assertThat(Period.quarter(2030, 1).year()).isEqualTo(2030);
		assertThat(Period.half(2027, 2).year()).isEqualTo(2027);
	}

	@Test
	void theSamePeriodAYearEarlierIsTheSameMonthQuarterHalfOrDays() {
		assertThat(Period.month(2026, 11).sameTimeLastYear()).isEqualTo(Period.month(2025, 11));
		assertThat(Period.quarter(2026, 2).sameTimeLastYear()).isEqualTo(Period.quarter(2025, 2));
		assertThat(Period.half(2026, 1).sameTimeLastYear()).as("the six-month report: the same half")
			.isEqualTo(Period.half(2025, 1));
		assertThat(Period.annual(2026).sameTimeLastYear()).isEqualTo(Period.annual(2026).previous());
		assertThat(Period.parse(ReportType.AD_HOC, "2028-02-01..2028-02-29").sameTimeLastYear().code())
			.isEqualTo("2027-02-01..2027-02-28");
	}

	@Test
	void judgementIsTheRoadmapUntilTheYearsWindowCloses() {
		DataWindowPolicy decree09 = DataWindowPolicy.decree09();
		assertThat(Judgement.of(Period.month(2026, 12), decree09)).isEqualTo(Judgement.ROADMAP);
		assertThat(Judgement.of(Period.half(2026, 2), decree09)).isEqualTo(Judgement.ROADMAP);
		assertThat(Judgement.of(Period.annual(2026), decree09)).isEqualTo(Judgement.YEAR);
		assertThat(Judgement.of(Period.parse(ReportType.AD_HOC, "2026-05-03..2026-06-10"), decree09))
			.isEqualTo(Judgement.ROADMAP);
		assertThat(Judgement.of(Period.parse(ReportType.AD_HOC, "2026-11-15..2026-12-14"), decree09))
			.as("an ad hoc period reaching the end of the year's window")
			.isEqualTo(Judgement.YEAR);
	}

	@Test
	void dataYearsPlaceADayBetweenYearEnds() {
		DataYears years = new DataYears(DataWindowPolicy.decree09());
		assertThat(years.position(LocalDate.of(2026, 12, 14))).isEqualByComparingTo("2026");
		assertThat(years.position(LocalDate.of(2026, 12, 15))).as("the first day of data year 2027")
			.isEqualByComparingTo("2026.0027");
		assertThat(years.elapsed(2026, LocalDate.of(2026, 11, 14))).isEqualByComparingTo("0.9178");
		assertThat(years.elapsed(2028, LocalDate.of(2028, 5, 14))).as("data year 2028 has 366 days")
			.isEqualByComparingTo("0.4153");
		assertThat(years.yearOf(LocalDate.of(2025, 12, 20))).isEqualTo(2026);
		DataYears calendar = new DataYears(DataWindowPolicy.calendarMonths());
		assertThat(calendar.position(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("2026");
	}

}
