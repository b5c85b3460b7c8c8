package vn.nq57.reporting.province;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nq57.reporting.province.ProvinceReport.RankLine;
import vn.nq57.reporting.province.ProvinceReport.SharedFigure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province's figures from stored commune results, checked against values computed by
 * hand.
 */
class ProvinceConsolidationTests {

	static final ProvinceReport.Header HEADER = new ProvinceReport.Header("Hà Tĩnh", "UBND TỈNH HÀ TĨNH",
			"SỞ KHOA HỌC VÀ CÔNG NGHỆ", "province-monthly", "Báo cáo tổng hợp tháng", "2026-05", "tháng 5 năm 2026", 1,
			"24/05/2026 09:00", "Hà Tĩnh, ngày 24 tháng 05 năm 2026", "Tổng hợp", true);

	static final LocalDate DEADLINE = LocalDate.of(2026, 5, 20);

	final List<CommuneInput> communes = List.of(commune(1, "A", 11L, LocalDateTime.of(2026, 5, 18, 9, 0)),
			commune(2, "B", 12L, LocalDateTime.of(2026, 5, 22, 9, 0)),
			commune(3, "C", 13L, LocalDateTime.of(2026, 5, 19, 23, 59)), commune(4, "D", null, null));

	@Test
	void sharesArePooledNotAveraged() {
		ProvinceReport report = consolidate(List.of(share(11, "1", "10", "BEHIND_ROADMAP"),
				share(12, "90", "100", "ON_ROADMAP"), share(13, "450", "500", "YEAR_TARGET_REACHED")));

		SharedFigure f = report.sharedIndicators().get(0);
		// (1 + 90 + 450) / (10 + 100 + 500) = 541 / 610 = 88.6885%, not (10 + 90 + 90) /
		// 3 = 63.33%
		assertThat(f.provinceFigure()).isEqualByComparingTo("88.6885");
		assertThat(f.median()).isEqualByComparingTo("90");
		assertThat(f.behindRoadmap()).containsExactly("Xã A");
		assertThat(f.distribution()).containsExactly(1, 0, 0, 0, 2);
	}

	@Test
	void aShareWithoutItsPartsGivesNoProvinceFigureAndSaysWhy() {
		CommuneIndicator bare = new CommuneIndicator(12, "X", "NQ57-X", "Tỷ lệ X", "percent", "single", null,
				new BigDecimal("40"), null, null, null, "ON_ROADMAP");
		ProvinceReport report = consolidate(List.of(share(11, "1", "10", "ON_ROADMAP"), bare));

		SharedFigure f = report.sharedIndicators().get(0);
		assertThat(f.provinceFigure()).isNull();
		assertThat(f.howMade()).contains("Xã B").contains("không lấy trung bình");
		assertThat(f.minimum()).isEqualByComparingTo("10");
		assertThat(f.median()).isEqualByComparingTo("25");
		assertThat(f.maximum()).isEqualByComparingTo("40");
	}

	@Test
	void countsAreSummedAndRanksAreNot() {
		ProvinceReport report = consolidate(List.of(count(11, "3", "sum"), count(12, "4", "sum"),
				new CommuneIndicator(11, "R", "NQ57-RANK", "Xếp hạng DTI", "rank", "published", null,
						new BigDecimal("5"), null, null, null, "NO_TARGET")));

		assertThat(report.sharedIndicators()).extracting(SharedFigure::sharedCode)
			.containsExactly("NQ57-COUNT", "NQ57-RANK");
		assertThat(report.sharedIndicators().get(0).provinceFigure()).isEqualByComparingTo("7");
		assertThat(report.sharedIndicators().get(1).provinceFigure()).isNull();
		assertThat(report.sharedIndicators().get(1).howMade()).startsWith("Chỉ số, xếp hạng");
	}

	@Test
	void communesAreRankedByTheShareOnTheRoadmapAndTheMissingOneComesLastUnranked() {
		ProvinceReport report = consolidate(List.of(share(11, "1", "10", "BEHIND_ROADMAP"),
				share(11, "5", "10", "ON_ROADMAP", "NQ57-Y"), share(12, "9", "10", "ON_ROADMAP"),
				share(13, "9", "10", "YEAR_TARGET_REACHED"), share(13, "1", "10", "NO_DATA", "NQ57-Y")));

		assertThat(report.ranking()).extracting(RankLine::planCode, RankLine::rank)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("B", 1), org.assertj.core.groups.Tuple.tuple("C", 1),
					org.assertj.core.groups.Tuple.tuple("A", 3), org.assertj.core.groups.Tuple.tuple("D", null));
		assertThat(report.ranking().get(2).share()).isEqualByComparingTo("50");
		assertThat(report.reporting().missing()).isEqualTo(1);
		assertThat(report.reporting().onTime()).as("made by 19/05, the day before the 20th").isEqualTo(2);
		assertThat(report.reporting().late()).isEqualTo(1);
		assertThat(report.reporting().lines()).extracting(ProvinceReport.CommuneLine::status)
			.containsExactly("Đúng hạn", "Muộn", "Đúng hạn", "Chưa có báo cáo");
	}

	private ProvinceReport consolidate(List<CommuneIndicator> indicators) {
		return ProvinceConsolidation.consolidate(HEADER, this.communes, indicators, List.of());
	}

	private static CommuneInput commune(int position, String code, Long runId, LocalDateTime made) {
		return new CommuneInput(position, position, code, "Xã " + code, runId, (runId != null) ? 1 : null,
				(made != null) ? made : LocalDateTime.of(2026, 5, 23, 9, 0), made, null, DEADLINE);
	}

	private static CommuneIndicator share(long runId, String numerator, String denominator, String status) {
		return share(runId, numerator, denominator, status, "NQ57-X");
	}

	private static CommuneIndicator share(long runId, String numerator, String denominator, String status,
			String code) {
		BigDecimal n = new BigDecimal(numerator);
		BigDecimal d = new BigDecimal(denominator);
		return new CommuneIndicator(runId, code, code, "Tỷ lệ " + code, "percent", "single", null,
				n.multiply(BigDecimal.valueOf(100)).divide(d), n, d, null, status);
	}

	private static CommuneIndicator count(long runId, String value, String aggregation) {
		return new CommuneIndicator(runId, "N", "NQ57-COUNT", "Số N", "count", aggregation, "level",
				new BigDecimal(value), null, null, null, "NO_TARGET");
	}

}
