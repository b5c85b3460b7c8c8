package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredIndicator;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * Figures a province or ministry publishes (DTI, PII, rankings; catalog
 * {@code aggregate: published}): the consolidating office enters each with its source and
 * date; no unit sends them. A report uses, for each such indicator, the latest figure
 * published by the end of its data window, and prints the source and date beside it.
 */
@Service
public class PublishedFigures {

	/** source VARCHAR(500). */
	static final int SOURCE_CHARS = 500;

	/** "2025", "2025-H1", "2025-Q4", "2025-11": the period a figure measures. */
	private static final Pattern MEASURED_PERIOD = Pattern.compile("\\d{4}(-([Hh][12]|[Qq][1-4]|\\d{2}))?");

	private final CatalogMapper catalog;

	private final PublishedFigureMapper figures;

	private final Clock clock;

	public PublishedFigures(CatalogMapper catalog, PublishedFigureMapper figures, Clock clock) {
		this.catalog = catalog;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * Records a published figure; an earlier one for the same indicator stays (the latest
	 * published by a report's data date is the one it uses).
	 * @return the stored figure's id
	 * @throws IllegalArgumentException in Vietnamese, saying which value and why
	 */
	@Transactional
	public long set(String planCode, String indicatorCode, String measuredPeriod, BigDecimal value, String source,
			LocalDate publishedOn, String enteredBy) {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã " + planCode + ". Xem: ./reports plan list");
		}
		StoredIndicator indicator = this.catalog.findIndicators(plan.id())
			.stream()
			.filter(i -> i.code().equals(indicatorCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Kế hoạch " + planCode + " không có chỉ tiêu mã "
					+ indicatorCode + ". Xem: ./reports plan show " + planCode));
		if (!"published".equals(indicator.aggregate())) {
			throw new IllegalArgumentException("Chỉ tiêu " + indicatorCode + " («" + indicator.name()
					+ "») không phải là số liệu do cơ quan có thẩm quyền công bố; đơn vị " + indicator.reportingUnit()
					+ " báo cáo chỉ tiêu này qua biểu mẫu.");
		}
		String period = (measuredPeriod != null) ? measuredPeriod.strip() : "";
		if (!MEASURED_PERIOD.matcher(period).matches()) {
			throw new IllegalArgumentException("--period là kỳ mà số liệu công bố đánh giá, dạng YYYY (ví dụ 2025), "
					+ "YYYY-H1, YYYY-Q4 hoặc YYYY-MM; nhận được: «" + period + "»");
		}
		if (value == null) {
			throw new IllegalArgumentException("Thiếu --value: số liệu được công bố");
		}
		if ("rank".equals(indicator.measureUnit()) && (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0)) {
			throw new IllegalArgumentException("Chỉ tiêu " + indicatorCode + " là thứ hạng: --value phải là số nguyên "
					+ "dương (1 là đứng đầu); nhận được: " + value.toPlainString());
		}
		if (value.signum() < 0) {
			throw new IllegalArgumentException("--value không thể âm; nhận được: " + value.toPlainString());
		}
		String from = (source != null) ? Normalizer.normalize(source.strip(), Normalizer.Form.NFC) : "";
		if (from.isEmpty()) {
			throw new IllegalArgumentException(
					"Thiếu --source: cơ quan công bố và văn bản hoặc trang công bố, ví dụ «Quyết định số 123/QĐ-UBND "
							+ "ngày 12/3/2026 của UBND tỉnh»");
		}
		if (from.length() > SOURCE_CHARS) {
			throw new IllegalArgumentException(
					"--source dài " + from.length() + " ký tự; tối đa " + SOURCE_CHARS + " ký tự");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (publishedOn == null || publishedOn.isAfter(today)) {
			throw new IllegalArgumentException(
					"--date là ngày công bố (YYYY-MM-DD), không sau hôm nay (" + VietnameseDates.format(today) + ")");
		}
		GeneratedKey key = new GeneratedKey();
		this.figures.insert(plan.planId(), indicatorCode, period.toUpperCase(java.util.Locale.ROOT), value, from,
				publishedOn, enteredBy, LocalDateTime.now(this.clock), key);
		return key.getId();
	}

	/** Every figure entered for a plan, by indicator, the newest publication first. */
	public List<PublishedFigure> list(String planCode) {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã " + planCode + ". Xem: ./reports plan list");
		}
		return this.figures.findByPlan(plan.planId());
	}

}
