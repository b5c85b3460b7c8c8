-- Each plan's part of a scheduled run (issue 19 item 12): one row per trigger firing and plan, written before
-- any plan is run, so that a loop stopped half way (a database error, a node that died) leaves a record of
-- what is still to do. status: PENDING (recorded, not started), RUNNING (taken by owner, whose heartbeat
-- renews touched_at, measured by the database's clock), RAN, SKIPPED (another run of the plan's period was
-- in progress), FAILED (with reason). A SKIPPED or FAILED row with next_attempt_at is retried then (bounded
-- by attempts and by retry_until, the report's last day to send); without it, it was given up.
-- alerted_attempt: the attempt whose outcome the operators were told about (an alert that could not be
-- queued is raised again by the next watch).
CREATE TABLE schedule_plan_fire (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_key          VARCHAR(100)  NOT NULL,
  plan_code        VARCHAR(40)   CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
  report_type      VARCHAR(30)   NOT NULL,
  period_code      VARCHAR(20)   NOT NULL,
  scheduled_for    DATETIME(6)   NOT NULL,
  retry_until      DATETIME(6)   NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  reason           VARCHAR(2000),
  report_run_id    BIGINT,
  owner            VARCHAR(200),
  touched_at       DATETIME(6)   NOT NULL,
  next_attempt_at  DATETIME(6),
  finished_at      DATETIME(6),
  alerted_attempt  INT           NOT NULL DEFAULT 0,
  CONSTRAINT schedule_plan_fire_uk UNIQUE (run_key, scheduled_for, plan_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX schedule_plan_fire_status_idx ON schedule_plan_fire (status, next_attempt_at);
