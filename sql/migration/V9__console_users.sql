-- People who sign in to the web console and the HTTP API. Passwords are stored as BCrypt hashes.
-- A UNIT user belongs to one unit of one plan and sees only that unit's submissions.

CREATE TABLE console_user (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(100) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  role          VARCHAR(20)  NOT NULL,
  plan_code     VARCHAR(40),
  unit_code     VARCHAR(40),
  enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT console_user_uk UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
