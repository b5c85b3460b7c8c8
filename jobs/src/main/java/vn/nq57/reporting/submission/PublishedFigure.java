package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A figure a province or ministry publishes (a DTI or PII rank, a commune's
 * digital-transformation index), as the consolidating office entered it.
 *
 * @param measuredPeriod the period the figure measures, as published ("2025")
 * @param source who published it and where
 * @param publishedOn the day it was published
 * @param enteredBy who entered it ("os-user:nguyen")
 */
public record PublishedFigure(long id, String planCode, String indicatorCode, String measuredPeriod, BigDecimal value,
		String source, LocalDate publishedOn, String enteredBy, LocalDateTime enteredAt) {
}
