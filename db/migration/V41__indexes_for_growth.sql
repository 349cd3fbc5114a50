-- Issue 27, growth at 10× (200,000 dossiers): what grew faster than the page showing it.
-- The dashboards count dossiers by status, tenant, kind and field, and by call year: the widened status index holds
-- every column they read, so the counts read the index, not the dossiers' rows with their content documents
-- (五华区's figures: 950 ms at 10×, 20 ms at 1×).
CREATE INDEX ix_dossier_figures ON dossier (status, tenant_id, kind, industry_field, call_id);
DROP INDEX ix_dossier_status ON dossier;
-- A list sorted by name breaks ties by the last save in the same direction (JooqDossierRepository.rows), so that one
-- index serves a page in either direction, for the bureau and, behind the tenant, for a district (1.4 s at 10×).
CREATE INDEX ix_dossier_name_saved ON dossier (name, last_saved_at, id);
CREATE INDEX ix_dossier_tenant_name ON dossier (tenant_id, name, last_saved_at, id);
DROP INDEX ix_dossier_name ON dossier;
