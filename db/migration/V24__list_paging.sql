-- Issue 14: the lists page in SQL at full volume (20,000 dossiers, 1,000,000 audit events).
-- The dossier list sorts by the proposed name, which lives in the JSON content: copied into a column (filled for
-- older dossiers by V25, kept by the repository on every save), as industry_field was in V19.
ALTER TABLE dossier ADD COLUMN name VARCHAR(200);
CREATE INDEX ix_dossier_saved ON dossier (last_saved_at, id);
CREATE INDEX ix_dossier_tenant_saved ON dossier (tenant_id, last_saved_at, id);
CREATE INDEX ix_dossier_name ON dossier (name, id);
-- the audit log is read newest first; filtered by actor or action it finds its rows in that order
CREATE INDEX ix_audit_event_actor ON audit_event (actor, id);
CREATE INDEX ix_audit_event_action ON audit_event (action, id);
