-- A receipt is written first, in its own transaction (status RECEIVED), then updated with what became of
-- it: ACCEPTED, REJECTED or DUPLICATE (the same bytes already accepted for the same plan and unit).
-- sender: who the channel says sent it ("inbox:KIEN-AN/KT", "api-token:12", "os-user:nguyen").
ALTER TABLE submission_receipt ADD COLUMN sender VARCHAR(300) NULL AFTER channel;
-- for a DUPLICATE: the receipt that was accepted with the same bytes
ALTER TABLE submission_receipt ADD COLUMN duplicate_of BIGINT NULL,
  ADD CONSTRAINT submission_receipt_duplicate_fk FOREIGN KEY (duplicate_of) REFERENCES submission_receipt (id);

-- finding a file already received by its SHA-256
CREATE INDEX submission_receipt_sha_idx ON submission_receipt (sha256, status);
