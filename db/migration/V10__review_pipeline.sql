-- Review pipeline (P4.3, P4.4).

-- The bureau's dates for a call's review: districts recommend by one, experts finish by the other.
CREATE TABLE review_schedule (
    call_id       BIGINT       NOT NULL,
    recommend_by  DATE,
    review_by     DATE,
    CONSTRAINT pk_review_schedule PRIMARY KEY (call_id),
    CONSTRAINT fk_review_schedule_call FOREIGN KEY (call_id) REFERENCES app_call (id)
);

-- Every action of a district officer on a submitted version (P4.3): the checklist item by item, the opinion,
-- and for a return the date by which the applicant must resubmit. Rows are never changed.
CREATE TABLE district_review (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    dossier_id      BIGINT       NOT NULL,
    tenant_id       VARCHAR(16)  NOT NULL,
    unit_id         BIGINT       NOT NULL,
    version_number  INT          NOT NULL,
    action          VARCHAR(24)  NOT NULL,
    opinion         TEXT         NOT NULL,
    checklist_json  TEXT         NOT NULL,
    revision_due    DATE,
    decided_by      VARCHAR(64)  NOT NULL,
    decided_at      DATETIME(3)  NOT NULL,
    CONSTRAINT pk_district_review PRIMARY KEY (id),
    CONSTRAINT fk_district_review_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_district_review_dossier ON district_review (dossier_id, id);

-- The expert pool (专家库), kept by the bureau. An expert signs in through the account linked here.
CREATE TABLE expert (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    name                     VARCHAR(64)  NOT NULL,
    fields                   VARCHAR(255) NOT NULL,
    title                    VARCHAR(64),
    affiliation              VARCHAR(200) NOT NULL,
    affiliation_credit_code  VARCHAR(18),
    phone                    VARCHAR(32),
    email                    VARCHAR(128),
    active                   BOOLEAN      NOT NULL DEFAULT TRUE,
    account_id               BIGINT,
    created_at               DATETIME(3)  NOT NULL,
    version                  INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_expert PRIMARY KEY (id),
    CONSTRAINT uq_expert_account UNIQUE (account_id),
    CONSTRAINT fk_expert_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_expert_affiliation ON expert (affiliation_credit_code);

-- A relation an expert declared with a unit: it is never again assigned to that unit's dossiers.
CREATE TABLE expert_conflict (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    expert_id    BIGINT       NOT NULL,
    unit_id      BIGINT       NOT NULL,
    note         VARCHAR(500) NOT NULL,
    declared_at  DATETIME(3)  NOT NULL,
    declared_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_expert_conflict PRIMARY KEY (id),
    CONSTRAINT fk_expert_conflict_expert FOREIGN KEY (expert_id) REFERENCES expert (id),
    CONSTRAINT fk_expert_conflict_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);
CREATE INDEX ix_expert_conflict ON expert_conflict (expert_id, unit_id);

-- An expert's review of one dossier (P4.4): assigned, then declared free of conflict (ACCEPTED) or released,
-- then its score sheet, kept as submitted.
CREATE TABLE review_assignment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id       BIGINT        NOT NULL,
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
    CONSTRAINT pk_review_assignment PRIMARY KEY (id),
    CONSTRAINT fk_review_assignment_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_review_assignment_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
);
CREATE INDEX ix_review_assignment_dossier ON review_assignment (dossier_id, status);
CREATE INDEX ix_review_assignment_expert ON review_assignment (expert_id, status);

-- The criteria of the on-site score sheet, per kind; weights of a kind add up to 100, each score is 0..100.
CREATE TABLE score_criterion (
    kind        VARCHAR(32)  NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    weight      INT          NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT pk_score_criterion PRIMARY KEY (kind, code)
);
INSERT INTO score_criterion (kind, code, name_zh, name_en, weight, sort_order) VALUES
 ('CONCEPT_CENTER', 'BASIS',       '建设基础与服务条件', 'Foundation and facilities', 20, 1),
 ('CONCEPT_CENTER', 'TEAM',        '运营团队与专业能力', 'Operating team and expertise', 25, 2),
 ('CONCEPT_CENTER', 'PERFORMANCE', '概念验证服务绩效',   'Proof-of-concept results', 25, 3),
 ('CONCEPT_CENTER', 'SYSTEMS',     '管理制度与运行机制', 'Management systems', 15, 4),
 ('CONCEPT_CENTER', 'PLAN',        '发展规划与预期成效', 'Plan and expected effect', 15, 5),
 ('PILOT_PLATFORM', 'BASIS',       '中试设施与条件',     'Pilot facilities', 25, 1),
 ('PILOT_PLATFORM', 'TEAM',        '技术团队与服务能力', 'Technical team', 20, 2),
 ('PILOT_PLATFORM', 'PERFORMANCE', '中试服务绩效',       'Pilot service results', 25, 3),
 ('PILOT_PLATFORM', 'SYSTEMS',     '管理制度与运行机制', 'Management systems', 15, 4),
 ('PILOT_PLATFORM', 'PLAN',        '发展规划与预期成效', 'Plan and expected effect', 15, 5);

-- The bureau's collective decision (局集体研究决定, P4.4): the meeting, and the decision per dossier.
CREATE TABLE bureau_meeting (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    call_id        BIGINT       NOT NULL,
    meeting_date   DATE         NOT NULL,
    minute_number  VARCHAR(64)  NOT NULL,
    recorded_by    VARCHAR(64)  NOT NULL,
    recorded_at    DATETIME(3)  NOT NULL,
    CONSTRAINT pk_bureau_meeting PRIMARY KEY (id),
    CONSTRAINT fk_bureau_meeting_call FOREIGN KEY (call_id) REFERENCES app_call (id)
);

CREATE TABLE bureau_decision (
    dossier_id      BIGINT        NOT NULL,
    meeting_id      BIGINT        NOT NULL,
    tenant_id       VARCHAR(16)   NOT NULL,
    unit_id         BIGINT        NOT NULL,
    decision        VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000),
    mean_score      DECIMAL(5, 2),
    CONSTRAINT pk_bureau_decision PRIMARY KEY (dossier_id),
    CONSTRAINT fk_bureau_decision_meeting FOREIGN KEY (meeting_id) REFERENCES bureau_meeting (id),
    CONSTRAINT fk_bureau_decision_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

-- While a dossier is RETURNED: the last day on which the applicant may resubmit.
ALTER TABLE dossier ADD COLUMN revision_due DATE;
