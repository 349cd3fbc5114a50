-- Major changes (G6.1, G6.2) and automatic termination on deregistration (G6.3).

CREATE TABLE major_change (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    carrier_id          BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    tenant_id           VARCHAR(16)   NOT NULL,
    change_type         VARCHAR(24)   NOT NULL,
    changed_on          DATE          NOT NULL,
    description         TEXT          NOT NULL,
    facts_json          TEXT,
    new_name            VARCHAR(200),
    new_credit_code     VARCHAR(18),
    new_head            VARCHAR(100),
    due_on              DATE          NOT NULL,
    due_estimated       BOOLEAN       NOT NULL,
    filed_by            VARCHAR(64)   NOT NULL,
    filed_at            DATETIME(3)   NOT NULL,
    days_late           INT           NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    district_opinion    VARCHAR(2000),
    district_by         VARCHAR(64),
    district_at         DATETIME(3),
    still_eligible      BOOLEAN,
    rule_set_version    VARCHAR(32),
    decision            VARCHAR(16),
    decision_reason     VARCHAR(1000),
    decided_by          VARCHAR(64),
    decided_at          DATETIME(3),
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_major_change PRIMARY KEY (id),
    CONSTRAINT fk_major_change_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);
CREATE INDEX ix_major_change_tenant ON major_change (tenant_id, status);

-- What changed on a unit's record, and why (G6.2: name, credit code, head).
CREATE TABLE host_unit_history (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT        NOT NULL,
    tenant_id   VARCHAR(16)   NOT NULL,
    field       VARCHAR(32)   NOT NULL,
    old_value   VARCHAR(200),
    new_value   VARCHAR(200),
    changed_on  DATE          NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    changed_by  VARCHAR(64)   NOT NULL,
    changed_at  DATETIME(3)   NOT NULL,
    CONSTRAINT pk_host_unit_history PRIMARY KEY (id),
    CONSTRAINT fk_host_unit_history_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);

ALTER TABLE host_unit ADD COLUMN registration_status_on DATE;

-- Market-registration files (存续/注销/吊销), imported all or nothing, once per file.
CREATE TABLE registration_import (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    file_name    VARCHAR(255)  NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    entries      INT           NOT NULL,
    imported_by  VARCHAR(64)   NOT NULL,
    imported_at  DATETIME(3)   NOT NULL,
    CONSTRAINT pk_registration_import PRIMARY KEY (id),
    CONSTRAINT uq_registration_import_sha UNIQUE (sha256)
);

-- Every registration status learnt about a unit: from a file or an officer's entry with evidence.
CREATE TABLE registration_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    tenant_id        VARCHAR(16)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    status_on        DATE          NOT NULL,
    import_id        BIGINT,
    evidence_name    VARCHAR(255),
    evidence_sha256  VARCHAR(64),
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      DATETIME(3)   NOT NULL,
    CONSTRAINT pk_registration_record PRIMARY KEY (id),
    CONSTRAINT fk_registration_record_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);

-- What the termination job tells people: a termination or withdrawal done, or a revoked licence to decide on.
CREATE TABLE registration_alert (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT        NOT NULL,
    tenant_id    VARCHAR(16)   NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    carrier_id   BIGINT,
    dossier_id   BIGINT,
    alert_key    VARCHAR(64)   NOT NULL,
    raised_at    DATETIME(3)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    decision     VARCHAR(16),
    reason       VARCHAR(1000),
    decided_by   VARCHAR(64),
    decided_at   DATETIME(3),
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_registration_alert PRIMARY KEY (id),
    CONSTRAINT uq_registration_alert_key UNIQUE (alert_key)
);
