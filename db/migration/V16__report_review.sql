-- Expert evaluation of yearly reports (M5.1): the same conflict rules and score sheets as dossier review.
CREATE TABLE report_assignment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    report_id        BIGINT        NOT NULL,
    carrier_id       BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    tenant_id        VARCHAR(16)   NOT NULL,
    expert_id        BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    assigned_by      VARCHAR(64)   NOT NULL,
    assigned_at      DATETIME(3)   NOT NULL,
    declared_at      DATETIME(3),
    released_reason  VARCHAR(500),
    scores_json      TEXT,
    comments         TEXT,
    recommendation   VARCHAR(16),
    weighted_score   DECIMAL(5, 2),
    submitted_at     DATETIME(3),
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_report_assignment PRIMARY KEY (id),
    CONSTRAINT fk_report_assignment_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    CONSTRAINT fk_report_assignment_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
);
CREATE INDEX ix_report_assignment_expert ON report_assignment (expert_id, status);
CREATE INDEX ix_report_assignment_report ON report_assignment (report_id, status);
