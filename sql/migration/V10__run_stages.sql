-- A plan's report in a batch runs as one work item (no job of its own): the run records which of its
-- stages are done, so a retry continues after them with the same inputs, and why it failed.
-- assessed_at: submissions used, unit statuses, indicator and task results are recorded (one transaction).
-- archived_at: documents written, archive records, manifest and outbox rows committed (one transaction).

ALTER TABLE report_run
  ADD COLUMN assessed_at     DATETIME(6)   NULL,
  ADD COLUMN archived_at     DATETIME(6)   NULL,
  ADD COLUMN attempts        INT           NOT NULL DEFAULT 0,
  ADD COLUMN failed_step     VARCHAR(40)   NULL,
  ADD COLUMN failure_message VARCHAR(2000) NULL;

-- earlier runs that completed went through every stage
UPDATE report_run SET assessed_at = finished_at, archived_at = finished_at, attempts = 1
 WHERE status = 'COMPLETED';

-- Where a batch's time went: each step's total over the plans of one attempt of the batch, wall clock
-- and CPU time of the threads that ran it.
CREATE TABLE report_batch_step (
  batch_id     BIGINT       NOT NULL,
  attempt      INT          NOT NULL,
  position     INT          NOT NULL,
  step         VARCHAR(40)  NOT NULL,
  plans        INT          NOT NULL,
  total_millis BIGINT       NOT NULL,
  cpu_millis   BIGINT       NOT NULL,
  PRIMARY KEY (batch_id, attempt, step),
  CONSTRAINT report_batch_step_batch_fk FOREIGN KEY (batch_id) REFERENCES report_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
