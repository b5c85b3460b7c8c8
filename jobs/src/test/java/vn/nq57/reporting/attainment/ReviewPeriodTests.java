package vn.nq57.reporting.attainment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The multi-year reviews a plan may owe (sơ kết 3 năm, tổng kết 5 năm; Lộc Hưng IV.3):
 * their periods, codes, labels and deadlines (issue 14 item 9).
 */
class ReviewPeriodTests {

	@Test
	void aThreeYearReviewCoversThreeWholeYearsAndIsDueWithTheAnnualReportOfItsLastYear() {
		Period review = Period.parse(ReportType.fromCliName("three-year-review"), "2025-2027");

		assertThat(review).isEqualTo(Period.review(ReportType.THREE_YEAR_REVIEW, 2025));
		assertThat(review.code()).isEqualTo("2025-2027");
		assertThat(review.label()).isEqualTo("sơ kết 3 năm 2025 - 2027");
		assertThat(review.calendarDays().from()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(review.calendarDays().to()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(review.deadline().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2027, 11, 29));
		assertThat(review.previous().code()).isEqualTo("2022-2024");
		assertThat(Judgement.of(review, new DataWindowPolicy(15))).isEqualTo(Judgement.YEAR);
	}

	@Test
	void onlyThePlansFirstReviewComparesWithThePlansStart() {
		Period first = Period.review(ReportType.THREE_YEAR_REVIEW, 2025);

		assertThat(first.comparesWithPlanStart("2025-10-21")).isTrue();
		assertThat(Period.review(ReportType.FIVE_YEAR_REVIEW, 2025).comparesWithPlanStart("2025")).isTrue();
		assertThat(Period.review(ReportType.THREE_YEAR_REVIEW, 2028).comparesWithPlanStart("2025-10")).isFalse();
		assertThat(Period.annual(2025).comparesWithPlanStart("2025")).as("not a review").isFalse();
		assertThat(first.comparesWithPlanStart(null)).as("no printed date: no start year").isFalse();
		assertThat(Period.planYear("2025-10-21")).contains(2025);
	}

	@Test
	void aFiveYearReviewReadsItsFiveYearsAndRefusesAnotherSpan() {
		Period review = Period.parse(ReportType.FIVE_YEAR_REVIEW, "2025-2029");

		assertThat(review.label()).isEqualTo("tổng kết 5 năm 2025 - 2029");
		assertThat(ReportType.FIVE_YEAR_REVIEW.vietnameseName()).isEqualTo("Báo cáo tổng kết 5 năm");
		assertThatThrownBy(() -> Period.parse(ReportType.FIVE_YEAR_REVIEW, "2025-2027"))
			.hasMessageContaining("Báo cáo tổng kết 5 năm gồm 5 năm: từ năm 2025 đến năm 2029");
		assertThatThrownBy(() -> Period.parse(ReportType.THREE_YEAR_REVIEW, "2025")).hasMessageContaining("YYYY-YYYY");
	}

}
