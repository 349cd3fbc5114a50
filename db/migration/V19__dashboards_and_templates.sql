-- Dashboards group dossiers by their industry field in SQL, so the field the applicant writes is kept beside the
-- content as a column (filled on every save; rows written before this version are filled by V20).
ALTER TABLE dossier ADD COLUMN industry_field VARCHAR(100);
CREATE INDEX ix_dossier_call_status ON dossier (call_id, status);
CREATE INDEX ix_dossier_status ON dossier (status, tenant_id, kind);
CREATE INDEX ix_carrier_status ON carrier (status, tenant_id);
CREATE INDEX ix_annual_report_due ON annual_report (due_on, status);
CREATE INDEX ix_major_change_due ON major_change (due_on, status);

-- Official documents are rendered from .docx templates; an administrator may replace the default of a kind.
-- One row per kind that has been replaced; without a row the default shipped with the portal applies.
CREATE TABLE document_template (
    kind          VARCHAR(32)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content       MEDIUMBLOB          NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_document_template PRIMARY KEY (kind)
);
