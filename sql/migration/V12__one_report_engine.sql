-- One engine for every report run: a single plan's run is a batch of one, and every run records the stages
-- it went through, with their times, in report_run_stage (run details and the console read them).

ALTER TABLE report_batch
  ADD COLUMN deliver  BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN attempts INT     NOT NULL DEFAULT 0,
  ADD COLUMN single_run_id BIGINT NULL;

-- batches so far were started with their "deliver" as a job parameter, and ran one attempt per job execution
UPDATE report_batch b
  LEFT JOIN BATCH_JOB_EXECUTION_PARAMS p
    ON p.JOB_EXECUTION_ID = b.job_execution_id AND p.PARAMETER_NAME = 'deliver'
   SET b.deliver = COALESCE(p.PARAMETER_VALUE = 'true', FALSE),
       b.attempts = (SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
                      JOIN BATCH_JOB_EXECUTION_PARAMS a ON a.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                                                       AND a.PARAMETER_NAME = 'batch'
                     WHERE CAST(a.PARAMETER_VALUE AS UNSIGNED) = b.id);

-- earlier single runs become batches of one, so that every run is restarted and shown the same way
INSERT INTO report_batch (report_type, period_code, scope, plans, status, created_at, finished_at, deliver, attempts,
                          single_run_id)
SELECT r.report_type, r.period_code, CONCAT('kế hoạch ', p.code), 1, r.status, r.created_at, r.finished_at,
       COALESCE(d.PARAMETER_VALUE = 'true', FALSE), GREATEST(r.attempts, 1), r.id
  FROM report_run r
  JOIN plan p ON p.id = r.plan_id
  LEFT JOIN BATCH_JOB_EXECUTION_PARAMS d ON d.JOB_EXECUTION_ID = r.job_execution_id AND d.PARAMETER_NAME = 'deliver'
 WHERE r.batch_id IS NULL;

UPDATE report_run r JOIN report_batch b ON b.single_run_id = r.id SET r.batch_id = b.id;

ALTER TABLE report_batch DROP COLUMN single_run_id;

ALTER TABLE report_run MODIFY batch_id BIGINT NOT NULL;

-- What each attempt of a run did, stage by stage: a stage whose transaction was rolled back with a later
-- failure in it is kept as ROLLED_BACK.
CREATE TABLE report_run_stage (
  report_run_id BIGINT        NOT NULL,
  attempt       INT           NOT NULL,
  position      INT           NOT NULL,
  stage         VARCHAR(40)   NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  started_at    DATETIME(6)   NOT NULL,
  finished_at   DATETIME(6)   NOT NULL,
  written       INT           NOT NULL DEFAULT 0,
  message       VARCHAR(2000) NULL,
  PRIMARY KEY (report_run_id, attempt, position),
  CONSTRAINT report_run_stage_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
