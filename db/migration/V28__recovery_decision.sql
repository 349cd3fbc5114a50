-- 视情况收回 (M5.4): the bureau decides to recover the subsidy in full, in part (the amount due) or not at all, with
-- a reason; rows from before the decision existed were full recoveries.
ALTER TABLE recovery ADD COLUMN decision VARCHAR(8) DEFAULT 'FULL' NOT NULL;
ALTER TABLE recovery ADD COLUMN decision_reason VARCHAR(500);
