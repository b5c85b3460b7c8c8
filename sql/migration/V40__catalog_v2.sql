-- Catalogs v2 (issue 14): what each plan prints, stored beside the reading.
-- * targets without a year (standing "Thường xuyên", yearly "Hằng năm", unstated: no time printed),
--   what a count target counts (level, total since the plan's start, per year), the wording of the
--   indicator at a milestone where the plan prints another one, the printed text where a typo is
--   corrected;
-- * indicators: the printed name beside the corrected one, how the commune's figure is made from its
--   units' (aggregate) and which units are asked for it, the base of a rate, who publishes a published
--   figure, a note the report prints where the plan is unclear;
-- * tasks and groups: the printed name; whether a task's printed deadline precedes the plan itself;
-- * plan versions: how the issuer numbers its documents, when the plan was signed, the end of the
--   plan's own period; the reports the plan owes and to whom (plan_reporting).

ALTER TABLE plan_version
  ADD COLUMN numbering VARCHAR(10) NOT NULL DEFAULT 'state' AFTER document_prefix,
  ADD COLUMN document_signed_on DATE NULL AFTER document_date_text,
  ADD COLUMN period_end VARCHAR(10) NULL AFTER plan_period;

CREATE TABLE plan_reporting (
  plan_version_id BIGINT       NOT NULL,
  position        INT          NOT NULL,
  report_type     VARCHAR(30)  NOT NULL,
  recipient       VARCHAR(300) NOT NULL,
  due_text        VARCHAR(500),
  -- whose deadline due_text is: 'units' (to the consolidating office) or 'issuer' (the commune's)
  due_from        VARCHAR(10),
  source          VARCHAR(100),
  PRIMARY KEY (plan_version_id, position),
  CONSTRAINT plan_reporting_type_uk UNIQUE (plan_version_id, report_type),
  CONSTRAINT plan_reporting_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE plan_group ADD COLUMN printed_name TEXT NULL AFTER name;

ALTER TABLE indicator
  ADD COLUMN printed_name TEXT NULL AFTER name,
  ADD COLUMN rate_per DECIMAL(20, 6) NULL AFTER direction,
  ADD COLUMN aggregate VARCHAR(20) NOT NULL DEFAULT 'single' AFTER reporting_unit,
  -- every unit asked for a figure (comma-separated codes): each gets the row in its form and is
  -- expected in completeness
  ADD COLUMN contributing_units VARCHAR(500) NULL AFTER aggregate,
  ADD COLUMN published_by VARCHAR(300) NULL AFTER contributing_units,
  ADD COLUMN report_note TEXT NULL AFTER reading;

UPDATE indicator SET contributing_units = reporting_unit;

-- A target's key is no longer its year alone: targets without a year have none.
CREATE INDEX indicator_target_indicator_idx ON indicator_target (indicator_id);

ALTER TABLE indicator_target
  DROP PRIMARY KEY,
  ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST,
  MODIFY milestone_year INT NULL,
  ADD COLUMN horizon VARCHAR(20) NOT NULL DEFAULT 'milestone' AFTER milestone_year,
  ADD COLUMN printed_text VARCHAR(500) NULL AFTER target_text,
  ADD COLUMN name TEXT NULL AFTER printed_text,
  ADD COLUMN basis VARCHAR(20) NOT NULL DEFAULT 'level' AFTER per_year,
  ADD CONSTRAINT indicator_target_uk UNIQUE (indicator_id, milestone_year, horizon);

UPDATE indicator_target SET basis = 'per_year' WHERE per_year;

ALTER TABLE task
  ADD COLUMN printed_name TEXT NULL AFTER name,
  ADD COLUMN deadline_before_plan BOOLEAN NOT NULL DEFAULT FALSE AFTER deadline_text;
