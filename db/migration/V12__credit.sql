-- Credit lists (严重失信名单) and the portal's own evidence of checks (C2.5, C3.6, M5.3(4)).

-- An imported list file, identified by its SHA-256: the same file imported twice changes nothing.
CREATE TABLE credit_list_import (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    file_name    VARCHAR(255)  NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    entries      INT           NOT NULL,
    imported_by  VARCHAR(64)   NOT NULL,
    imported_at  DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credit_list_import PRIMARY KEY (id),
    CONSTRAINT uq_credit_list_import_sha UNIQUE (sha256)
);

CREATE TABLE credit_list_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    import_id    BIGINT        NOT NULL,
    credit_code  VARCHAR(18)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    list_type    VARCHAR(100)  NOT NULL,
    authority    VARCHAR(200)  NOT NULL,
    listed_on    DATE          NOT NULL,
    removed_on   DATE,
    CONSTRAINT pk_credit_list_entry PRIMARY KEY (id),
    CONSTRAINT fk_credit_list_entry_import FOREIGN KEY (import_id) REFERENCES credit_list_import (id)
);
CREATE INDEX ix_credit_list_entry_code ON credit_list_entry (credit_code, listed_on);

-- Every check made of a unit, kept as evidence: occasion, source, window, result, what matched, who.
CREATE TABLE credit_check (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT        NOT NULL,
    tenant_id        VARCHAR(16)   NOT NULL,
    credit_code      VARCHAR(18)   NOT NULL,
    occasion         VARCHAR(16)   NOT NULL,
    source           VARCHAR(24)   NOT NULL,
    window_from      DATE          NOT NULL,
    window_to        DATE          NOT NULL,
    result           VARCHAR(16)   NOT NULL,
    matched_json     TEXT,
    detail           VARCHAR(1000),
    evidence_name    VARCHAR(255),
    evidence_sha256  VARCHAR(64),
    dossier_id       BIGINT,
    carrier_id       BIGINT,
    checked_by       VARCHAR(64)   NOT NULL,
    checked_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_credit_check PRIMARY KEY (id),
    CONSTRAINT fk_credit_check_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);
CREATE INDEX ix_credit_check_unit ON credit_check (unit_id, checked_at);
CREATE INDEX ix_credit_check_dossier ON credit_check (dossier_id);
CREATE INDEX ix_credit_check_carrier ON credit_check (carrier_id, occasion, checked_at);

-- A listed carrier waits for a person's decision (M5.3(4)); the system never disqualifies on a match alone.
CREATE TABLE credit_alert (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    carrier_id   BIGINT         NOT NULL,
    unit_id      BIGINT         NOT NULL,
    tenant_id    VARCHAR(16)    NOT NULL,
    check_id     BIGINT         NOT NULL,
    raised_at    DATETIME(3)    NOT NULL,
    status       VARCHAR(16)    NOT NULL,
    decision     VARCHAR(32),
    reason       VARCHAR(1000),
    decided_by   VARCHAR(64),
    decided_at   DATETIME(3),
    version      INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_credit_alert PRIMARY KEY (id),
    CONSTRAINT fk_credit_alert_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id),
    CONSTRAINT fk_credit_alert_check FOREIGN KEY (check_id) REFERENCES credit_check (id)
);
CREATE INDEX ix_credit_alert_status ON credit_alert (status, carrier_id);

-- ShedLock: a scheduled job runs on one portal node at a time.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
