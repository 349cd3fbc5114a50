-- Dossiers (P4.2): one per unit, kind and call. The draft is saved as it is edited; each submission is kept as
-- a numbered, locked version together with the rule-set version that judged it.
CREATE TABLE dossier (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    call_id            BIGINT       NOT NULL,
    unit_id            BIGINT       NOT NULL,
    tenant_id          VARCHAR(16)  NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    content_json       TEXT         NOT NULL,
    submitted_versions INT          NOT NULL DEFAULT 0,
    last_saved_at      DATETIME(3)  NOT NULL,
    last_saved_by      VARCHAR(64)  NOT NULL,
    created_at         DATETIME(3)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier PRIMARY KEY (id),
    CONSTRAINT uq_dossier_call_unit_kind UNIQUE (call_id, unit_id, kind),
    CONSTRAINT fk_dossier_call FOREIGN KEY (call_id) REFERENCES app_call (id),
    CONSTRAINT fk_dossier_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);
CREATE INDEX ix_dossier_tenant ON dossier (tenant_id, call_id, status);

CREATE TABLE dossier_version (
    dossier_id        BIGINT       NOT NULL,
    number            INT          NOT NULL,
    content_json      TEXT         NOT NULL,
    rule_set_version  VARCHAR(32)  NOT NULL,
    eligible          BOOLEAN      NOT NULL,
    fail_acknowledged BOOLEAN      NOT NULL,
    submitted_at      DATETIME(3)  NOT NULL,
    submitted_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_dossier_version PRIMARY KEY (dossier_id, number),
    CONSTRAINT fk_dossier_version_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
