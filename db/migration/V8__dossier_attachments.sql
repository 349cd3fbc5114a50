-- Attachments of dossiers: the bytes live outside the rows (content-addressed by SHA-256); the row keeps what
-- reviewers need to trust them. A removed draft attachment is marked, never deleted.
CREATE TABLE dossier_attachment (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    dossier_id       BIGINT       NOT NULL,
    tenant_id        VARCHAR(16)  NOT NULL,
    unit_id          BIGINT       NOT NULL,
    requirement_code VARCHAR(32),
    file_name        VARCHAR(255) NOT NULL,
    content_type     VARCHAR(64)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    uploaded_by      VARCHAR(64)  NOT NULL,
    uploaded_at      DATETIME(3)  NOT NULL,
    removed          BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_dossier_attachment PRIMARY KEY (id),
    CONSTRAINT fk_dossier_attachment_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_dossier_attachment_dossier ON dossier_attachment (dossier_id, removed);

-- which attachments a submitted version carried
ALTER TABLE dossier_version ADD COLUMN attachments_json TEXT;
