-- Province reports by mail (issue 17): an outbox row of kind PROVINCE_REPORT carries a province report
-- version (province_report_run_id) instead of a commune report version (report_run_id stays NULL); one
-- row per version, recipient and sending round, as for commune reports.
ALTER TABLE mail_outbox
  ADD COLUMN province_report_run_id BIGINT NULL AFTER report_run_id,
  ADD CONSTRAINT mail_outbox_province_run_fk FOREIGN KEY (province_report_run_id) REFERENCES province_report_run (id),
  ADD CONSTRAINT mail_outbox_province_uk UNIQUE (province_report_run_id, recipient, send_round);
