-- Password guessing (console sign-in form and the API's HTTP Basic). Failed sign-ins are counted per account
-- name, whether or not a user of that name exists, so that a lock says nothing about which names are real.
-- After reports.security.sign-in.max-failures failures in a row (none further apart than failure-window) the
-- name is locked (locked_at) for lock-duration, or until an ADMIN unlocks it; a successful sign-in or an
-- unlock deletes the row. The client address of the last failure is kept for the operators.
CREATE TABLE sign_in_failure (
  username        VARCHAR(100) NOT NULL,
  failures        INT          NOT NULL,
  last_failed_at  DATETIME(6)  NOT NULL,
  last_address    VARCHAR(64)  NOT NULL,
  locked_at       DATETIME(6),
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;

CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failed_at);

-- Raised whenever a user's role, plan, unit, password or status changes; a console session signed in under
-- an older stamp ends at its next request (a change made with ./reports user in another process included).
ALTER TABLE console_user ADD COLUMN session_stamp INT NOT NULL DEFAULT 0 AFTER enabled;
