-- The number of submitted versions is counted from dossier_version rather than kept beside it.
ALTER TABLE dossier DROP COLUMN submitted_versions;
