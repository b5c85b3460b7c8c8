-- A batch runs one report type and period for many plans at once (a province, or all plans):
-- one partition per plan, each partition one report run.

CREATE TABLE report_batch (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_type      VARCHAR(20)  NOT NULL,
  period_code      VARCHAR(40)  NOT NULL,
  scope            VARCHAR(300) NOT NULL,
  plans            INT          NOT NULL,
  status           VARCHAR(30)  NOT NULL,
  job_execution_id BIGINT,
  created_at       DATETIME(6)  NOT NULL,
  finished_at      DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE report_run ADD COLUMN batch_id BIGINT NULL;
ALTER TABLE report_run ADD CONSTRAINT report_run_batch_fk FOREIGN KEY (batch_id) REFERENCES report_batch (id);
