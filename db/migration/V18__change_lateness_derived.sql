-- How late a change was filed follows from its deadline and filing time; it is computed, not stored.
ALTER TABLE major_change DROP COLUMN days_late;
