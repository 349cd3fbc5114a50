-- One expert-review engine (decision 0023): dossier review (P4.4) and yearly-report evaluation (M5.1) had two tables
-- of the same shape. Every expert's assignment now lives here, naming its subject by type and id. Dossier
-- assignments keep their ids (reminders are keyed by them); report assignments are numbered after them.
CREATE TABLE expert_assignment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    subject_type     VARCHAR(16)   NOT NULL,
    subject_id       BIGINT        NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    tenant_id        VARCHAR(16)   NOT NULL,
    unit_id          BIGINT        NOT NULL,
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
    CONSTRAINT pk_expert_assignment PRIMARY KEY (id),
    CONSTRAINT fk_expert_assignment_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
);

INSERT INTO expert_assignment (id, subject_type, subject_id, kind, tenant_id, unit_id, expert_id, status, assigned_by,
                               assigned_at, declared_at, released_reason, scores_json, comments, recommendation,
                               weighted_score, submitted_at, version)
SELECT a.id, 'DOSSIER', a.dossier_id, d.kind, a.tenant_id, a.unit_id, a.expert_id, a.status, a.assigned_by,
       a.assigned_at, a.declared_at, a.released_reason, a.scores_json, a.comments, a.recommendation,
       a.weighted_score, a.submitted_at, a.version
FROM review_assignment a JOIN dossier d ON d.id = a.dossier_id ORDER BY a.id;

INSERT INTO expert_assignment (subject_type, subject_id, kind, tenant_id, unit_id, expert_id, status, assigned_by,
                               assigned_at, declared_at, released_reason, scores_json, comments, recommendation,
                               weighted_score, submitted_at, version)
SELECT 'ANNUAL_REPORT', a.report_id, c.kind, a.tenant_id, a.unit_id, a.expert_id, a.status, a.assigned_by,
       a.assigned_at, a.declared_at, a.released_reason, a.scores_json, a.comments, a.recommendation,
       a.weighted_score, a.submitted_at, a.version
FROM report_assignment a JOIN carrier c ON c.id = a.carrier_id ORDER BY a.id;

DROP TABLE review_assignment;
DROP TABLE report_assignment;

CREATE INDEX ix_expert_assignment_subject ON expert_assignment (subject_type, subject_id, status);
CREATE INDEX ix_expert_assignment_expert ON expert_assignment (expert_id, status);
CREATE INDEX ix_expert_assignment_kind ON expert_assignment (kind, status);
