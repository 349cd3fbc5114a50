-- Foundation schema: tenants, host units, accounts, audit log.
-- Portable subset of SQL: runs unchanged on H2 (MODE=MySQL), MySQL 8 and MariaDB 10.11,
-- and is parsed by jOOQ's DDLDatabase for code generation.

CREATE TABLE tenant (
    id            VARCHAR(16)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    tenant_type   VARCHAR(32)  NOT NULL,
    division_code VARCHAR(6),
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    sort_order    INT          NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_tenant PRIMARY KEY (id),
    CONSTRAINT uq_tenant_name UNIQUE (name)
);

CREATE TABLE host_unit (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    name                   VARCHAR(200) NOT NULL,
    credit_code            VARCHAR(18)  NOT NULL,
    credit_code_override   BOOLEAN      NOT NULL DEFAULT FALSE,
    unit_type              VARCHAR(32)  NOT NULL,
    registration_status    VARCHAR(16)  NOT NULL,
    tenant_id              VARCHAR(16)  NOT NULL,
    address                VARCHAR(300),
    legal_representative   VARCHAR(100),
    contact_name           VARCHAR(100),
    contact_phone          VARCHAR(40),
    activation_status      VARCHAR(16)  NOT NULL,
    created_at             DATETIME(3)  NOT NULL,
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_host_unit PRIMARY KEY (id),
    CONSTRAINT uq_host_unit_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_host_unit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_host_unit_tenant ON host_unit (tenant_id, activation_status);

CREATE TABLE account (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    role             VARCHAR(32)  NOT NULL,
    tenant_id        VARCHAR(16),
    unit_id          BIGINT,
    status           VARCHAR(16)  NOT NULL,
    email            VARCHAR(200),
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     DATETIME(3),
    created_at       DATETIME(3)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);
CREATE INDEX ix_account_tenant ON account (tenant_id, role, status);

-- Append-only: the application has an insert path and no update or delete path.
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(3)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    actor_role   VARCHAR(32),
    tenant_id    VARCHAR(16),
    action       VARCHAR(64)   NOT NULL,
    entity_type  VARCHAR(32)   NOT NULL,
    entity_id    VARCHAR(64)   NOT NULL,
    rule_id      VARCHAR(16),
    detail       VARCHAR(2000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
