-- The province's report for the Sở Khoa học và Công nghệ (issue 17): every commune report of a
-- province and period consolidated into one document, made from the communes' stored results
-- (no recomputation). Province reports have versions of their own, like commune reports.

CREATE TABLE province_report_run (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  province        VARCHAR(100)  NOT NULL,
  -- the communes' report type it consolidates (MONTHLY, QUARTERLY, HALF_YEAR, ANNUAL)
  report_type     VARCHAR(20)   NOT NULL,
  period_code     VARCHAR(40)   NOT NULL,
  version         INT           NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  deliver         BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at      DATETIME(6)   NOT NULL,
  finished_at     DATETIME(6),
  failure_message VARCHAR(2000),
  CONSTRAINT province_report_run_uk UNIQUE (province, report_type, period_code, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Exactly which commune report version each commune's figures came from; a commune with no
-- completed report for the period is a row with report_run_id NULL (missing, never skipped).
CREATE TABLE province_report_input (
  province_run_id BIGINT       NOT NULL,
  position        INT          NOT NULL,
  plan_id         BIGINT       NOT NULL,
  report_run_id   BIGINT       NULL,
  PRIMARY KEY (province_run_id, plan_id),
  CONSTRAINT province_report_input_run_fk FOREIGN KEY (province_run_id) REFERENCES province_report_run (id),
  CONSTRAINT province_report_input_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT province_report_input_commune_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX province_report_input_commune_idx ON province_report_input (report_run_id);

CREATE TABLE province_report_file (
  province_run_id BIGINT        NOT NULL,
  kind            VARCHAR(10)   NOT NULL,
  path            VARCHAR(1000) NOT NULL,
  sha256          CHAR(64)      NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (province_run_id, kind),
  CONSTRAINT province_report_file_run_fk FOREIGN KEY (province_run_id) REFERENCES province_report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Console users of the role PROVINCE (the Sở's staff) see one province only.
ALTER TABLE console_user ADD COLUMN province VARCHAR(100) NULL;
