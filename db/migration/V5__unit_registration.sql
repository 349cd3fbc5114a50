-- Who registered a unit, and when its district decided (activation or rejection with a reason).
ALTER TABLE host_unit ADD COLUMN decided_by VARCHAR(64);
ALTER TABLE host_unit ADD COLUMN decided_at DATETIME(3);
ALTER TABLE host_unit ADD COLUMN rejection_reason VARCHAR(500);
