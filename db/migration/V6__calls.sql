-- Calls for applications (申报通知, P4.1). Times are Asia/Shanghai, to the minute.
CREATE TABLE app_call (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    call_year     INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    kinds         VARCHAR(64)  NOT NULL,
    opens_at      DATETIME     NOT NULL,
    closes_at     DATETIME     NOT NULL,
    body          TEXT,
    status        VARCHAR(16)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    published_at  DATETIME(3),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_app_call PRIMARY KEY (id)
);
CREATE INDEX ix_app_call_status ON app_call (status, closes_at);

CREATE TABLE call_required_attachment (
    call_id     BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_call_required_attachment PRIMARY KEY (call_id, kind, code),
    CONSTRAINT fk_call_required_attachment_call FOREIGN KEY (call_id) REFERENCES app_call (id)
);

-- A dated extension for one unit, granted by a bureau officer (audited).
CREATE TABLE call_extension (
    call_id     BIGINT       NOT NULL,
    unit_id     BIGINT       NOT NULL,
    until_at    DATETIME     NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    granted_by  VARCHAR(64)  NOT NULL,
    granted_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_call_extension PRIMARY KEY (call_id, unit_id),
    CONSTRAINT fk_call_extension_call FOREIGN KEY (call_id) REFERENCES app_call (id),
    CONSTRAINT fk_call_extension_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);
