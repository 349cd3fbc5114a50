-- Dynamic management (Art. 5): yearly reports, evaluations, provincial filing, subsidy, disqualification.

-- A carrier's yearly report for one year (M5.1): the sections and key figures as one JSON document.
CREATE TABLE annual_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    carrier_id     BIGINT        NOT NULL,
    unit_id        BIGINT        NOT NULL,
    tenant_id      VARCHAR(16)   NOT NULL,
    report_year    INT           NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    content_json   TEXT          NOT NULL,
    due_on         DATE          NOT NULL,
    submitted_at   DATETIME(3),
    submitted_by   VARCHAR(64),
    return_reason  VARCHAR(1000),
    saved_at       DATETIME(3)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_annual_report PRIMARY KEY (id),
    CONSTRAINT uq_annual_report UNIQUE (carrier_id, report_year),
    CONSTRAINT fk_annual_report_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);
CREATE INDEX ix_annual_report_tenant ON annual_report (tenant_id, report_year, status);

-- Each submission of a report, locked as submitted.
CREATE TABLE annual_report_version (
    report_id     BIGINT        NOT NULL,
    number        INT           NOT NULL,
    content_json  TEXT          NOT NULL,
    submitted_at  DATETIME(3)   NOT NULL,
    submitted_by  VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_annual_report_version PRIMARY KEY (report_id, number),
    CONSTRAINT fk_annual_report_version_report FOREIGN KEY (report_id) REFERENCES annual_report (id)
);

-- The performance evaluation of a carrier for a year (M5.1): 合格 (PASS) or 不合格 (FAIL) with a score.
CREATE TABLE evaluation (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    carrier_id    BIGINT        NOT NULL,
    unit_id       BIGINT        NOT NULL,
    tenant_id     VARCHAR(16)   NOT NULL,
    eval_year     INT           NOT NULL,
    score         DECIMAL(5, 2) NOT NULL,
    result        VARCHAR(8)    NOT NULL,
    comment       VARCHAR(1000),
    decided_by    VARCHAR(64)   NOT NULL,
    decided_at    DATETIME(3)   NOT NULL,
    CONSTRAINT pk_evaluation PRIMARY KEY (id),
    CONSTRAINT uq_evaluation UNIQUE (carrier_id, eval_year),
    CONSTRAINT fk_evaluation_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);

-- Provincial filing records (M5.2, M5.3(2)), appended as the province decides: FILED or REVOKED.
CREATE TABLE provincial_filing (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    carrier_id       BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    tenant_id        VARCHAR(16)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    document_number  VARCHAR(100)  NOT NULL,
    decided_on       DATE          NOT NULL,
    reason           VARCHAR(1000),
    evidence_name    VARCHAR(255),
    evidence_sha256  VARCHAR(64),
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      DATETIME(3)   NOT NULL,
    CONSTRAINT pk_provincial_filing PRIMARY KEY (id),
    CONSTRAINT fk_provincial_filing_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);
CREATE INDEX ix_provincial_filing_carrier ON provincial_filing (carrier_id, id);

-- The one-time subsidy of a filed carrier (M5.2): prepared by one officer, approved by another. One per carrier.
CREATE TABLE subsidy (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    carrier_id      BIGINT         NOT NULL,
    unit_id         BIGINT         NOT NULL,
    tenant_id       VARCHAR(16)    NOT NULL,
    amount_yuan     DECIMAL(12, 2) NOT NULL,
    disbursed_on    DATE           NOT NULL,
    voucher_number  VARCHAR(64)    NOT NULL,
    status          VARCHAR(16)    NOT NULL,
    prepared_by     VARCHAR(64)    NOT NULL,
    prepared_at     DATETIME(3)    NOT NULL,
    approved_by     VARCHAR(64),
    approved_at     DATETIME(3),
    version         INT            NOT NULL DEFAULT 0,
    CONSTRAINT pk_subsidy PRIMARY KEY (id),
    CONSTRAINT uq_subsidy_carrier UNIQUE (carrier_id),
    CONSTRAINT fk_subsidy_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);

-- Disqualification (M5.3): proposed by the portal (grounds 1, 2) or an officer (grounds 3–6), decided by the bureau.
CREATE TABLE disqualification (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    carrier_id       BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    tenant_id        VARCHAR(16)   NOT NULL,
    ground           VARCHAR(32)   NOT NULL,
    ground_key       VARCHAR(64)   NOT NULL,
    detail           VARCHAR(1000) NOT NULL,
    evidence_name    VARCHAR(255),
    evidence_sha256  VARCHAR(64),
    status           VARCHAR(16)   NOT NULL,
    proposed_by      VARCHAR(64)   NOT NULL,
    proposed_at      DATETIME(3)   NOT NULL,
    decided_by       VARCHAR(64),
    decided_at       DATETIME(3),
    decision_reason  VARCHAR(1000),
    effective_on     DATE,
    audit_follow_up  VARCHAR(1000),
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_disqualification PRIMARY KEY (id),
    CONSTRAINT uq_disqualification_ground UNIQUE (carrier_id, ground_key),
    CONSTRAINT fk_disqualification_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);

-- Money to recover after a disqualification (M5.4): the amount due and each amount recovered.
CREATE TABLE recovery (
    id                 BIGINT         NOT NULL AUTO_INCREMENT,
    carrier_id         BIGINT         NOT NULL,
    unit_id            BIGINT         NOT NULL,
    tenant_id          VARCHAR(16)    NOT NULL,
    disqualification_id BIGINT        NOT NULL,
    amount_due_yuan    DECIMAL(12, 2) NOT NULL,
    created_at         DATETIME(3)    NOT NULL,
    CONSTRAINT pk_recovery PRIMARY KEY (id),
    CONSTRAINT uq_recovery_carrier UNIQUE (carrier_id),
    CONSTRAINT fk_recovery_disqualification FOREIGN KEY (disqualification_id) REFERENCES disqualification (id)
);

CREATE TABLE recovery_payment (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    recovery_id   BIGINT         NOT NULL,
    amount_yuan   DECIMAL(12, 2) NOT NULL,
    paid_on       DATE           NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    recorded_at   DATETIME(3)    NOT NULL,
    CONSTRAINT pk_recovery_payment PRIMARY KEY (id),
    CONSTRAINT fk_recovery_payment_recovery FOREIGN KEY (recovery_id) REFERENCES recovery (id)
);

-- Every change of a carrier's status, with its reason.
CREATE TABLE carrier_status_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    carrier_id   BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    tenant_id    VARCHAR(16)   NOT NULL,
    from_status  VARCHAR(24),
    to_status    VARCHAR(24)   NOT NULL,
    changed_on   DATE          NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    changed_by   VARCHAR(64)   NOT NULL,
    changed_at   DATETIME(3)   NOT NULL,
    CONSTRAINT pk_carrier_status_history PRIMARY KEY (id),
    CONSTRAINT fk_carrier_status_history_carrier FOREIGN KEY (carrier_id) REFERENCES carrier (id)
);
CREATE INDEX ix_carrier_status_history ON carrier_status_history (carrier_id, id);
