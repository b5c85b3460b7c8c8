-- Who did what and when, by hand: re-runs, resends, approvals, plan imports, users added or changed.
-- Written by audit/AuditLog (the same facts go to the log); never updated or deleted by the application.
CREATE TABLE audit_event (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  occurred_at  DATETIME(6)   NOT NULL,
  actor        VARCHAR(200)  NOT NULL,
  action       VARCHAR(40)   NOT NULL,
  subject      VARCHAR(300)  NOT NULL,
  detail       VARCHAR(2000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);
