-- A report version's life (issue 16): draft -> approved or returned -> issued (a number from the
-- register of outgoing documents, the signed PDF/A) -> sent. report_run.issuance_status is where the
-- version stands (NULL for versions made before issuance existed); report_run.issued_at ends the
-- ISSUANCE stage group. Every change is a row of report_run_transition: who, when, and why.

ALTER TABLE report_run
  ADD COLUMN issuance_status VARCHAR(20) NULL,
  ADD COLUMN issued_at       DATETIME(6) NULL;

CREATE TABLE report_run_transition (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_run_id  BIGINT        NOT NULL,
  from_status    VARCHAR(20)   NULL,
  to_status      VARCHAR(20)   NOT NULL,
  actor          VARCHAR(100)  NOT NULL,
  at             DATETIME(6)   NOT NULL,
  comment        VARCHAR(2000) NULL,
  KEY report_run_transition_run (report_run_id, id),
  CONSTRAINT report_run_transition_run_fk FOREIGN KEY (report_run_id) REFERENCES report_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Where a console user is written to: a SIGNER is alerted when a version waits for approval on its
-- last day.
ALTER TABLE console_user ADD COLUMN email VARCHAR(200) NULL;
