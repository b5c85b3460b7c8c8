-- Credentials of systems that report for a unit through the JSON API: one bearer token per row,
-- stored only as its SHA-256 (the token itself is shown once, when issued).

CREATE TABLE unit_api_token (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  plan_code   VARCHAR(40)  NOT NULL,
  unit_code   VARCHAR(40)  NOT NULL,
  token_hash  CHAR(64)     NOT NULL,
  label       VARCHAR(200),
  created_at  DATETIME(6)  NOT NULL,
  revoked_at  DATETIME(6),
  CONSTRAINT unit_api_token_hash_uk UNIQUE (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
