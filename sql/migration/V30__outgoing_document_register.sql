-- The register of outgoing documents (sổ đăng ký văn bản đi, Decree 30/2020/NĐ-CP Art. 15):
-- numbers per issuer and calendar year, consecutive from 1, never reused or skipped.
--
-- One counter row per issuer and year, locked (SELECT ... FOR UPDATE) by the transaction that
-- records an issuance; the number it hands out is committed or rolled back with that issuance,
-- so two nodes never share a number and a failed issuance leaves no gap.

CREATE TABLE outgoing_register_counter (
  issuer_code    VARCHAR(64)  NOT NULL,
  register_year  SMALLINT     NOT NULL,
  last_number    INT          NOT NULL,
  CONSTRAINT outgoing_register_counter_pk PRIMARY KEY (issuer_code, register_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each number given, and what it was given to. report_run_id is the report version issued
-- (report_run.id; one number per version).
CREATE TABLE outgoing_document (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  issuer_code     VARCHAR(64)   NOT NULL,
  register_year   SMALLINT      NOT NULL,
  number          INT           NOT NULL,
  symbol          VARCHAR(64)   NOT NULL,
  printed_number  VARCHAR(100)  NOT NULL,
  report_run_id   BIGINT        NOT NULL,
  issued_on       DATE          NOT NULL,
  issued_at       DATETIME(6)   NOT NULL,
  issued_by       VARCHAR(100)  NOT NULL,
  CONSTRAINT outgoing_document_number_uk UNIQUE (issuer_code, register_year, number),
  CONSTRAINT outgoing_document_run_uk UNIQUE (report_run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
