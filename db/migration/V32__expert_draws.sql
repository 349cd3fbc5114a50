-- Random expert draws (issue 25, decision 0031): each draw keeps its seed and the candidates it drew from, with their
-- field and current load, so that it can be reproduced and audited as 随机抽取 practice expects.
CREATE TABLE expert_draw (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    subject_type  VARCHAR(16)    NOT NULL,
    subject_id    BIGINT         NOT NULL,
    seed          BIGINT         NOT NULL,
    candidates    TEXT           NOT NULL,
    chosen        VARCHAR(1000)  NOT NULL,
    widened       BOOLEAN        NOT NULL,
    drawn_by      VARCHAR(64)    NOT NULL,
    drawn_at      DATETIME(3)    NOT NULL,
    CONSTRAINT pk_expert_draw PRIMARY KEY (id)
);
CREATE INDEX ix_expert_draw_subject ON expert_draw (subject_type, subject_id);
