-- Report runs (one row per report version), their figures, files and the mail outbox.

CREATE TABLE report_run (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id          BIGINT       NOT NULL,
  plan_version_id  BIGINT       NOT NULL,
  report_type      VARCHAR(20)  NOT NULL,
  period_code      VARCHAR(40)  NOT NULL,
  version          INT          NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  job_execution_id BIGINT,
  data_from        DATE         NOT NULL,
  data_to          DATE         NOT NULL,
  deadline         DATE,
  created_at       DATETIME(6)  NOT NULL,
  finished_at      DATETIME(6),
  CONSTRAINT report_run_uk UNIQUE (plan_id, report_type, period_code, version),
  CONSTRAINT report_run_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT report_run_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_indicator_result (
  report_run_id     BIGINT         NOT NULL,
  indicator_code    VARCHAR(40)    NOT NULL,
  position          INT            NOT NULL,
  group_code        VARCHAR(40)    NOT NULL,
  number            VARCHAR(20),
  name              TEXT           NOT NULL,
  measure_unit      VARCHAR(20)    NOT NULL,
  responsible       VARCHAR(500)   NOT NULL,
  milestone_year    INT,
  target_text       VARCHAR(500),
  target_kind       VARCHAR(20),
  expected_value    DECIMAL(20, 6),
  actual_value      DECIMAL(20, 6),
  numerator         DECIMAL(20, 6),
  denominator       DECIMAL(20, 6),
  ratio             DECIMAL(12, 4),
  status            VARCHAR(20)    NOT NULL,
  on_track          VARCHAR(20),
  previous_value    DECIMAL(20, 6),
  change_value      DECIMAL(20, 6),
  PRIMARY KEY (report_run_id, indicator_code),
  CONSTRAINT report_indicator_result_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_task_result (
  report_run_id  BIGINT        NOT NULL,
  task_code      VARCHAR(40)   NOT NULL,
  position       INT           NOT NULL,
  group_code     VARCHAR(40)   NOT NULL,
  number         VARCHAR(20),
  name           TEXT          NOT NULL,
  lead_units     VARCHAR(500)  NOT NULL,
  deadline_text  VARCHAR(500)  NOT NULL,
  due_date       DATE,
  status         VARCHAR(20)   NOT NULL,
  percent_done   DECIMAL(5, 2),
  overdue        BOOLEAN       NOT NULL,
  late           BOOLEAN       NOT NULL,
  active         BOOLEAN       NOT NULL,
  completed_on   DATE,
  output         TEXT,
  PRIMARY KEY (report_run_id, task_code),
  CONSTRAINT report_task_result_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who was expected to submit for the period and whether they did, on time or late.
CREATE TABLE report_unit_status (
  report_run_id  BIGINT        NOT NULL,
  unit_code      VARCHAR(40)   NOT NULL,
  position       INT           NOT NULL,
  unit_name      VARCHAR(300)  NOT NULL,
  submission_id  BIGINT,
  received_at    DATETIME(6),
  timeliness     VARCHAR(20)   NOT NULL,
  PRIMARY KEY (report_run_id, unit_code),
  CONSTRAINT report_unit_status_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The exact submission versions a report's figures came from.
CREATE TABLE report_submission_used (
  report_run_id BIGINT NOT NULL,
  submission_id BIGINT NOT NULL,
  PRIMARY KEY (report_run_id, submission_id),
  CONSTRAINT report_submission_used_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id),
  CONSTRAINT report_submission_used_submission_fk FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_file (
  report_run_id BIGINT        NOT NULL,
  kind          VARCHAR(10)   NOT NULL,
  path          VARCHAR(1000) NOT NULL,
  sha256        CHAR(64)      NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (report_run_id, kind),
  CONSTRAINT report_file_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per report version, recipient and sending round (a resend is a new round);
-- a sender works it with retries.
CREATE TABLE mail_outbox (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_run_id   BIGINT        NOT NULL,
  recipient       VARCHAR(300)  NOT NULL,
  send_round      INT           NOT NULL DEFAULT 1,
  subject         VARCHAR(500)  NOT NULL,
  body_html       MEDIUMTEXT    NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(6)   NOT NULL,
  last_error      TEXT,
  server_reply    VARCHAR(1000),
  message_file    VARCHAR(1000),
  created_at      DATETIME(6)   NOT NULL,
  sent_at         DATETIME(6),
  CONSTRAINT mail_outbox_uk UNIQUE (report_run_id, recipient, send_round),
  CONSTRAINT mail_outbox_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);
