-- Issue 27 (decision 0033): the audit log reads newest first by time, then by event number, and pages by seeking from
-- the (occurred_at, id) of a page's edge (keyset pagination) instead of skipping rows (OFFSET), so that a page costs
-- the same at row 900,000 as at row 1, and a jump to a date or an event is one seek. Each filter of the view gets the
-- same order behind its own columns. The indexes they widen are dropped, so that an event still maintains one of each.
CREATE INDEX ix_audit_event_time_id ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_actor_time ON audit_event (actor, occurred_at, id);
CREATE INDEX ix_audit_event_action_time ON audit_event (action, occurred_at, id);
CREATE INDEX ix_audit_event_entity_time ON audit_event (entity_type, entity_id, occurred_at, id);
DROP INDEX ix_audit_event_time ON audit_event;
DROP INDEX ix_audit_event_actor ON audit_event;
DROP INDEX ix_audit_event_action ON audit_event;
DROP INDEX ix_audit_event_entity ON audit_event;
