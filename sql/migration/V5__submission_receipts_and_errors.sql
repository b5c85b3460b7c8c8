-- Everything a unit sends is kept as received (the file or JSON, byte for byte), with the outcome
-- of its validation; a rejected one keeps every error found, so the unit can be told why.

CREATE TABLE submission_receipt (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  channel        VARCHAR(20)   NOT NULL,
  received_at    DATETIME(6)   NOT NULL,
  file_name      VARCHAR(500),
  content_type   VARCHAR(100)  NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  sha256         CHAR(64)      NOT NULL,
  -- NULL only when the payload was larger than the configured limit (the inbox keeps the file)
  payload        LONGBLOB,
  status         VARCHAR(20)   NOT NULL,
  -- as claimed by the payload, when it could be read
  plan_code      VARCHAR(40),
  unit_code      VARCHAR(40),
  report_type    VARCHAR(20),
  period_code    VARCHAR(40),
  -- the submission row (ACCEPTED or REJECTED) when plan, unit and period could be identified
  submission_id  BIGINT,
  CONSTRAINT submission_receipt_submission_fk FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX submission_receipt_unit_idx ON submission_receipt (plan_code, unit_code, period_code);

CREATE TABLE submission_error (
  receipt_id  BIGINT        NOT NULL,
  position    INT           NOT NULL,
  code        VARCHAR(40)   NOT NULL,
  location    VARCHAR(300)  NOT NULL,
  message     TEXT          NOT NULL,
  PRIMARY KEY (receipt_id, position),
  CONSTRAINT submission_error_receipt_fk FOREIGN KEY (receipt_id) REFERENCES submission_receipt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
