package vn.nq57.reporting.submission;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 8: every unit an indicator's aggregation asks a figure from gets its row
 * in the unit's form and is expected in completeness. Vũ Quang's VQ-16 (Phụ lục I row 16,
 * "Văn phòng HĐND-UBND; TT HCC xã") is a share pooled over both offices; Phú Trung's DTI
 * rank (PT-21) is a published figure the consolidating office enters. Periods of 2028, so
 * that other test classes sharing the database do not meet these.
 */
@DatabaseTest
class AggregatedIndicatorFormsTests {

	@Autowired
	PlanImporter plans;

	@Autowired
	CatalogMapper catalog;

	@Autowired
	SubmissionCompleteness completeness;

	@BeforeEach
	void givenThePlans() {
		this.plans.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		this.plans.importText("plans/phu-trung.yaml", TestPlans.text("phu-trung.yaml"));
	}

	@Test
	void everyUnitAPooledShareAsksFromHasItsRow() {
		Period period = Period.month(2028, 3);
		assertThat(codes("VU-QUANG", "TTHCC", period)).contains("VQ-16", "VQ-11", "VQ-17", "VQ-18");
		assertThat(codes("VU-QUANG", "VP", period)).contains("VQ-16", "VQ-11", "VQ-17", "VQ-18");
		assertThat(codes("VU-QUANG", "CA", period)).contains("VQ-19").doesNotContain("VQ-16");
	}

	@Test
	void everyUnitAPooledShareAsksFromIsExpected() {
		assertThat(this.completeness.forPeriod("VU-QUANG", ReportType.MONTHLY, "2028-03").units())
			.extracting(UnitCompleteness::unitCode)
			.contains("VP", "TTHCC");
	}

	/**
	 * Issue 15 rule 6: a published figure (Phú Trung's DTI rank) is entered by the
	 * consolidating office with its source and date ({@code ./reports published set}); no
	 * unit's form asks for it.
	 */
	@Test
	void aPublishedFigureIsAskedFromNoUnitsForm() {
		Period period = Period.month(2028, 3);
		assertThat(codes("PHU-TRUNG", "VHXH", period)).doesNotContain("PT-21");
		assertThat(codes("PHU-TRUNG", "TTHCC", period)).doesNotContain("PT-21").contains("PT-17");
	}

	/**
	 * Issue 15 rule 4: a count row says which figure it asks for: per year since the
	 * start of the year, a total since the plan's start, a level at the data date.
	 */
	@Test
	void aCountRowSaysWhichFigureItAsksFor() {
		this.plans.importText("plans/loc-hung.yaml", TestPlans.text("loc-hung.yaml"));
		SubmissionForm form = SubmissionForm.of(this.catalog, "LOC-HUNG", "DUUB", Period.month(2028, 3));

		assertThat(asks(form, "LH-21")).as("Mỗi năm có > 01")
			.isEqualTo("lũy kế từ đầu năm, từ 15/12/2027 đến 14/03/2028");
		assertThat(asks(form, "LH-20")).as("a total by 2030").isEqualTo("lũy kế từ đầu Kế hoạch đến 14/03/2028");
		assertThat(asks(form, "LH-18")).as("start-ups operating").isEqualTo("số hiện có tại ngày 14/03/2028");
		assertThat(asks(form, "LH-19")).as("a per cent").isNull();
		assertThat(form.indicators()).extracting(line -> line.indicator().code())
			.as("the commune's digital-transformation index is published")
			.doesNotContain("LH-25");
	}

	private static String asks(SubmissionForm form, String code) {
		return form.indicators()
			.stream()
			.filter(line -> line.indicator().code().equals(code))
			.findFirst()
			.orElseThrow()
			.asks();
	}

	private List<String> codes(String plan, String unit, Period period) {
		return SubmissionForm.of(this.catalog, plan, unit, period)
			.indicators()
			.stream()
			.map(line -> line.indicator().code())
			.toList();
	}

}
