-- Attachments of yearly reports (M5.1): checked and stored like dossier attachments; removal marks the row.
CREATE TABLE report_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    report_id     BIGINT        NOT NULL,
    tenant_id     VARCHAR(16)   NOT NULL,
    unit_id       BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(3)   NOT NULL,
    removed       BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_report_attachment PRIMARY KEY (id),
    CONSTRAINT fk_report_attachment_report FOREIGN KEY (report_id) REFERENCES annual_report (id)
);
CREATE INDEX ix_report_attachment_report ON report_attachment (report_id, removed);
