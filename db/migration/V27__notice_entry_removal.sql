-- An entry taken off a public notice before it closed (G6.3: the unit deregistered; C2.5/C3.6: listed on closing
-- day) stays on the notice, marked, with the day and the reason.
ALTER TABLE notice_entry ADD COLUMN removed_on DATE;
ALTER TABLE notice_entry ADD COLUMN removed_reason VARCHAR(500);
