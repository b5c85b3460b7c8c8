-- Plan catalogs. A plan (one per commune or ward) has versions; every import of a changed
-- catalog file adds a version, and reports record the version they used.
-- Times are local times in Asia/Ho_Chi_Minh.

CREATE TABLE plan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  code          VARCHAR(40)  NOT NULL,
  province      VARCHAR(100) NOT NULL,
  locality_kind VARCHAR(20)  NOT NULL,
  locality_name VARCHAR(200) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT plan_code_uk UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_version (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_id               BIGINT       NOT NULL,
  version               INT          NOT NULL,
  content_sha256        CHAR(64)     NOT NULL,
  source_file           VARCHAR(500) NOT NULL,
  catalog_text          MEDIUMTEXT   NOT NULL,
  title                 TEXT         NOT NULL,
  source_document       VARCHAR(200),
  issuer_parent         VARCHAR(300) NOT NULL,
  issuer_name           VARCHAR(300) NOT NULL,
  issuer_short          VARCHAR(300) NOT NULL,
  document_prefix       VARCHAR(40)  NOT NULL,
  place                 VARCHAR(100) NOT NULL,
  document_number       VARCHAR(100),
  document_date         VARCHAR(10),
  document_date_text    VARCHAR(200),
  plan_period           VARCHAR(300),
  report_recipient      VARCHAR(300) NOT NULL,
  consolidating_unit    VARCHAR(40)  NOT NULL,
  signer_on_behalf      VARCHAR(100),
  signer_for            VARCHAR(100),
  signer_title          VARCHAR(100) NOT NULL,
  signer_name           VARCHAR(100),
  milestones            VARCHAR(200) NOT NULL,
  imported_at           DATETIME(6)  NOT NULL,
  CONSTRAINT plan_version_uk UNIQUE (plan_id, version),
  CONSTRAINT plan_version_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Legal bases and the distribution list ("Nơi nhận"), in printed order.
CREATE TABLE plan_text_line (
  plan_version_id BIGINT      NOT NULL,
  kind            VARCHAR(20) NOT NULL,
  position        INT         NOT NULL,
  text            TEXT        NOT NULL,
  PRIMARY KEY (plan_version_id, kind, position),
  CONSTRAINT plan_text_line_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_unit (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_version_id BIGINT       NOT NULL,
  code            VARCHAR(40)  NOT NULL,
  name            VARCHAR(300) NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  email           VARCHAR(200),
  members         VARCHAR(1000),
  position        INT          NOT NULL,
  CONSTRAINT plan_unit_uk UNIQUE (plan_version_id, code),
  CONSTRAINT plan_unit_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_group (
  plan_version_id BIGINT      NOT NULL,
  kind            VARCHAR(10) NOT NULL,
  code            VARCHAR(40) NOT NULL,
  name            TEXT        NOT NULL,
  position        INT         NOT NULL,
  PRIMARY KEY (plan_version_id, kind, code),
  CONSTRAINT plan_group_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_version_id BIGINT       NOT NULL,
  code            VARCHAR(40)  NOT NULL,
  number          VARCHAR(20),
  shared_code     VARCHAR(80),
  group_code      VARCHAR(40)  NOT NULL,
  parent_code     VARCHAR(40),
  name            TEXT         NOT NULL,
  measure_unit    VARCHAR(20)  NOT NULL,
  direction       VARCHAR(10)  NOT NULL,
  responsible     VARCHAR(500) NOT NULL,
  -- the unit whose submission carries the value: the first responsible unit that is not a
  -- collective, or the consolidating office when only collectives are named
  reporting_unit  VARCHAR(40)  NOT NULL,
  leader          VARCHAR(300),
  officer         VARCHAR(300),
  output          VARCHAR(500),
  reading         TEXT,
  position        INT          NOT NULL,
  CONSTRAINT indicator_uk UNIQUE (plan_version_id, code),
  CONSTRAINT indicator_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX indicator_shared_idx ON indicator (shared_code);

-- A target as printed beside the form it was read as.
CREATE TABLE indicator_target (
  indicator_id   BIGINT         NOT NULL,
  milestone_year INT            NOT NULL,
  target_text    VARCHAR(500)   NOT NULL,
  kind           VARCHAR(20)    NOT NULL,
  comparator     VARCHAR(20),
  value          DECIMAL(20, 6),
  upper_value    DECIMAL(20, 6),
  per_year       BOOLEAN        NOT NULL DEFAULT FALSE,
  qualifier      VARCHAR(300),
  PRIMARY KEY (indicator_id, milestone_year),
  CONSTRAINT indicator_target_indicator_fk FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE task (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_version_id    BIGINT       NOT NULL,
  code               VARCHAR(40)  NOT NULL,
  number             VARCHAR(20),
  group_code         VARCHAR(40)  NOT NULL,
  name               TEXT         NOT NULL,
  lead_units         VARCHAR(500) NOT NULL,
  -- the unit whose submission reports progress (same rule as indicator.reporting_unit)
  reporting_unit     VARCHAR(40)  NOT NULL,
  coordinating_units VARCHAR(1000),
  leader             VARCHAR(300),
  officer            VARCHAR(300),
  output             TEXT,
  deadline_kind      VARCHAR(20)  NOT NULL,
  deadline_value     VARCHAR(20),
  deadline_from      VARCHAR(20),
  deadline_month     INT,
  deadline_text      VARCHAR(500),
  reading            TEXT,
  position           INT          NOT NULL,
  CONSTRAINT task_uk UNIQUE (plan_version_id, code),
  CONSTRAINT task_version_fk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
