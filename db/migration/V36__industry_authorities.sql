-- Industry authorities (行业主管部门, issue 23 item 7, decision 0030). An authority is a tenant of type
-- INDUSTRY_AUTHORITY (the administrator keeps the list beside the districts); it owns no dossiers. The bureau links
-- each industry field (产业领域, as dossiers and carriers store it) to the authorities it consults on that field.
CREATE TABLE authority_field (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    authority_id    VARCHAR(16)   NOT NULL,
    industry_field  VARCHAR(100)  NOT NULL,
    linked_by       VARCHAR(64)   NOT NULL,
    linked_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_authority_field PRIMARY KEY (id),
    CONSTRAINT uq_authority_field UNIQUE (authority_id, industry_field),
    CONSTRAINT fk_authority_field_tenant FOREIGN KEY (authority_id) REFERENCES tenant (id)
);
CREATE INDEX ix_authority_field_field ON authority_field (industry_field);

-- An expert an authority nominates to the pool (P4.4, 会同行业主管部门组织专家评审): the bureau accepts it (the
-- expert joins the pool, expert_id) or declines it with a reason.
CREATE TABLE expert_nomination (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    authority_id             VARCHAR(16)   NOT NULL,
    name                     VARCHAR(64)   NOT NULL,
    fields                   VARCHAR(255)  NOT NULL,
    title                    VARCHAR(64),
    affiliation              VARCHAR(200)  NOT NULL,
    affiliation_credit_code  VARCHAR(18),
    phone                    VARCHAR(32),
    email                    VARCHAR(128),
    reason                   VARCHAR(1000) NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    nominated_by             VARCHAR(64)   NOT NULL,
    nominated_at             DATETIME(3)   NOT NULL,
    decided_by               VARCHAR(64),
    decided_at               DATETIME(3),
    decline_reason           VARCHAR(1000),
    expert_id                BIGINT,
    version                  INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_expert_nomination PRIMARY KEY (id),
    CONSTRAINT fk_expert_nomination_tenant FOREIGN KEY (authority_id) REFERENCES tenant (id),
    CONSTRAINT fk_expert_nomination_expert FOREIGN KEY (expert_id) REFERENCES expert (id)
);
CREATE INDEX ix_expert_nomination_authority ON expert_nomination (authority_id, status);
CREATE INDEX ix_expert_nomination_status ON expert_nomination (status);

-- The consultation opinion (会商意见, P4.5: 商相关行业主管部门发文和备案) of one authority on one public notice:
-- AGREE (同意), AGREE_WITH_COMMENTS (同意并附意见) or DISAGREE (不同意), with its text. One per authority and notice.
CREATE TABLE notice_consultation (
    notice_id     BIGINT         NOT NULL,
    authority_id  VARCHAR(16)    NOT NULL,
    opinion       VARCHAR(24)    NOT NULL,
    opinion_text  VARCHAR(2000),
    answered_by   VARCHAR(64)    NOT NULL,
    answered_at   DATETIME(3)    NOT NULL,
    CONSTRAINT pk_notice_consultation PRIMARY KEY (notice_id, authority_id),
    CONSTRAINT fk_notice_consultation_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id),
    CONSTRAINT fk_notice_consultation_tenant FOREIGN KEY (authority_id) REFERENCES tenant (id)
);

-- An authority's remark on a yearly report before the bureau records the year's evaluation (M5.1: 会同行业主管部门
-- 组织专家进行绩效评价). One per authority and report.
CREATE TABLE report_remark (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    report_id     BIGINT         NOT NULL,
    authority_id  VARCHAR(16)    NOT NULL,
    remark        VARCHAR(2000)  NOT NULL,
    remarked_by   VARCHAR(64)    NOT NULL,
    remarked_at   DATETIME(3)    NOT NULL,
    CONSTRAINT pk_report_remark PRIMARY KEY (id),
    CONSTRAINT uq_report_remark UNIQUE (report_id, authority_id),
    CONSTRAINT fk_report_remark_report FOREIGN KEY (report_id) REFERENCES annual_report (id),
    CONSTRAINT fk_report_remark_tenant FOREIGN KEY (authority_id) REFERENCES tenant (id)
);
