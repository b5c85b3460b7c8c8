-- Verdicts as a Sở reads them (issue 15): what the documents print, stored with each result so
-- that the PDF, the XLSX, the JSON and the mail stay made from stored results only.
-- * expected_value now holds what the figure should be by the end of the period's data window
--   (cần đạt đến kỳ này): the roadmap's value in an interim report, the year's target in an
--   annual one; ratio is the figure against the year's target; status is the headline status
--   (YEAR_TARGET_REACHED, ON_ROADMAP, BEHIND_ROADMAP, NO_ROADMAP in interim reports; EXCEEDED,
--   ACHIEVED, NOT_ACHIEVED in annual ones; NO_YEAR_TARGET, NO_DATA, NO_TARGET, QUALITATIVE).
--   Rows of runs made before this migration keep their old meaning: their judgement is NULL.
-- * published_figure: ranks and indices a province or ministry publishes (DTI, PII), entered by
--   the consolidating office with their source and date (./reports published set).

ALTER TABLE report_indicator_result
  -- ROADMAP (interim reports) or YEAR (annual reports)
  ADD COLUMN judgement          VARCHAR(10)    NULL AFTER status,
  -- the year's target as the "Chỉ tiêu năm" column prints it, its least meeting value, and how it
  -- was found (MILESTONE, PER_YEAR, UNDATED, LINE, WORDS, NO_TARGET, AFTER_LAST, UNKNOWN)
  ADD COLUMN year_target_text   VARCHAR(700)   NULL AFTER judgement,
  ADD COLUMN year_target_value  DECIMAL(20, 6) NULL AFTER year_target_text,
  ADD COLUMN year_target_source VARCHAR(20)    NULL AFTER year_target_value,
  -- where the roadmap of an interim report starts (PLAN, RECORDED, ZERO_COUNT, TIME_SHARE, STANDING)
  ADD COLUMN roadmap_start      VARCHAR(20)    NULL AFTER year_target_source,
  -- for a range: "trong khoảng 45–50%", printed instead of a ratio
  ADD COLUMN range_position     VARCHAR(100)   NULL AFTER roadmap_start,
  -- the verdict against the milestone (annual report of a milestone year), and the progress toward it
  ADD COLUMN milestone_status   VARCHAR(20)    NULL AFTER range_position,
  ADD COLUMN milestone_ratio    DECIMAL(12, 4) NULL AFTER milestone_status,
  -- what a count counts: level, total (since the plan's start) or per_year (since the year's start)
  ADD COLUMN count_basis        VARCHAR(20)    NULL AFTER milestone_ratio,
  -- the same period a year earlier (cùng kỳ năm trước), from its latest completed version
  ADD COLUMN year_ago_value     DECIMAL(20, 6) NULL AFTER change_value,
  ADD COLUMN year_ago_change    DECIMAL(20, 6) NULL AFTER year_ago_value,
  -- a qualitative target: the unit's own verdict, who made it, the evidence (any indicator may carry one)
  ADD COLUMN self_assessment    VARCHAR(20)    NULL AFTER year_ago_change,
  ADD COLUMN assessed_by        VARCHAR(500)   NULL AFTER self_assessment,
  ADD COLUMN evidence_url       VARCHAR(1000)  NULL AFTER assessed_by,
  -- how the figure was made (single, pooled, sum, published) and from how many of the units asked
  ADD COLUMN aggregation        VARCHAR(20)    NULL AFTER evidence_url,
  ADD COLUMN units_counted      INT            NULL AFTER aggregation,
  ADD COLUMN units_asked        INT            NULL AFTER units_counted,
  -- a published figure's source, publication day and the period it measures
  ADD COLUMN published_source   VARCHAR(500)   NULL AFTER units_asked,
  ADD COLUMN published_on       DATE           NULL AFTER published_source,
  ADD COLUMN published_period   VARCHAR(40)    NULL AFTER published_on;

CREATE TABLE published_figure (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id         BIGINT         NOT NULL,
  indicator_code  VARCHAR(40)    NOT NULL,
  -- the period the figure measures, as published ("2025" for DTI 2025)
  measured_period VARCHAR(40)    NOT NULL,
  value           DECIMAL(20, 6) NOT NULL,
  -- who published it and where ("Quyết định số 123/QĐ-UBND của UBND tỉnh Hà Tĩnh")
  source          VARCHAR(500)   NOT NULL,
  published_on    DATE           NOT NULL,
  -- who entered it (os-user:NAME) and when
  entered_by      VARCHAR(200)   NOT NULL,
  entered_at      DATETIME(6)    NOT NULL,
  CONSTRAINT published_figure_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX published_figure_indicator_idx ON published_figure (plan_id, indicator_code, published_on);
