-- Unit submissions. Every submission received is kept, accepted or rejected; a second one for
-- the same unit and period is a new version, and the latest accepted version counts.

CREATE TABLE submission (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id         BIGINT       NOT NULL,
  plan_version_id BIGINT       NOT NULL,
  unit_code       VARCHAR(40)  NOT NULL,
  report_type     VARCHAR(20)  NOT NULL,
  period_code     VARCHAR(40)  NOT NULL,
  version         INT          NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  channel         VARCHAR(20)  NOT NULL,
  received_at     DATETIME(6)  NOT NULL,
  submitted_by    VARCHAR(200),
  results         TEXT,
  difficulties    TEXT,
  proposals       TEXT,
  next_focus      TEXT,
  CONSTRAINT submission_uk UNIQUE (plan_id, unit_code, report_type, period_code, version),
  CONSTRAINT submission_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT submission_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX submission_period_idx ON submission (plan_id, report_type, period_code, status);

CREATE TABLE submission_indicator_value (
  submission_id   BIGINT         NOT NULL,
  indicator_code  VARCHAR(40)    NOT NULL,
  value           DECIMAL(20, 6),
  numerator       DECIMAL(20, 6),
  denominator     DECIMAL(20, 6),
  self_assessment VARCHAR(20),
  note            TEXT,
  evidence_url    VARCHAR(1000),
  PRIMARY KEY (submission_id, indicator_code),
  CONSTRAINT submission_indicator_value_fk FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE submission_task_progress (
  submission_id     BIGINT        NOT NULL,
  task_code         VARCHAR(40)   NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  percent_done      DECIMAL(5, 2),
  result            TEXT,
  output            TEXT,
  completed_on      DATE,
  PRIMARY KEY (submission_id, task_code),
  CONSTRAINT submission_task_progress_fk FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
