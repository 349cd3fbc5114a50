-- Issue 21, finding 8: a pending, never-activated registration blocked a credit code for everyone. The code is now
-- claimed only by an activated unit (claimed_credit_code, unique; null while pending or rejected), so competing
-- registrations can wait side by side until the district activates one. The registration carries the business
-- licence scan as evidence (content-addressed, like attachments).
ALTER TABLE host_unit DROP CONSTRAINT uq_host_unit_credit_code;
CREATE INDEX ix_host_unit_credit_code ON host_unit (credit_code);
ALTER TABLE host_unit ADD COLUMN claimed_credit_code VARCHAR(18);
UPDATE host_unit SET claimed_credit_code = credit_code WHERE activation_status = 'ACTIVE';
ALTER TABLE host_unit ADD CONSTRAINT uq_host_unit_claimed_credit_code UNIQUE (claimed_credit_code);
ALTER TABLE host_unit ADD COLUMN licence_file_name VARCHAR(255);
ALTER TABLE host_unit ADD COLUMN licence_sha256 CHAR(64);
