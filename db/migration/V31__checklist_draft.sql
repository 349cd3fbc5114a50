-- The district's checklist judgements and opinion as they are made (P4.3): kept per dossier until the district
-- recommends, returns or does not recommend it, so that a reload or a second visit finds them again.
CREATE TABLE checklist_draft (
    dossier_id   BIGINT         NOT NULL,
    tenant_id    VARCHAR(16)    NOT NULL,
    unit_id      BIGINT         NOT NULL,
    items_json   TEXT           NOT NULL,
    opinion      VARCHAR(2000),
    saved_by     VARCHAR(64)    NOT NULL,
    saved_at     DATETIME(3)    NOT NULL,
    CONSTRAINT pk_checklist_draft PRIMARY KEY (dossier_id),
    CONSTRAINT fk_checklist_draft_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
