-- A report's email carries a plain-text part beside the HTML (multipart/alternative): kept with the
-- HTML when the message is queued. NULL for rows queued before, and for reminders and alerts.
ALTER TABLE mail_outbox ADD COLUMN body_text MEDIUMTEXT NULL;
