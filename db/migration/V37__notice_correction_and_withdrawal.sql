-- A published notice may be corrected (its period extended, its contact for objections changed) or withdrawn, each
-- with a reason made public (decision 0036). A withdrawn notice stays public, so a call may now have several notices,
-- of which one at most is live; likewise a dossier may stand on several notices, one at most live. The live columns
-- hold the call and the dossier while the notice is not withdrawn and are emptied on withdrawal, so that a unique key
-- on them (NULLs never collide, in MySQL as in H2) keeps "one live notice per call, one live entry per dossier".
ALTER TABLE public_notice ADD COLUMN live_call_id BIGINT;
UPDATE public_notice SET live_call_id = call_id;
-- the foreign key uses the unique key's index (MySQL), and H2 keeps that index, still unique, for the foreign key when
-- the unique key alone is dropped: so the foreign key goes first and comes back on an index of its own
ALTER TABLE public_notice DROP CONSTRAINT fk_public_notice_call;
ALTER TABLE public_notice DROP CONSTRAINT uq_public_notice_call;
CREATE INDEX ix_public_notice_call ON public_notice (call_id);
ALTER TABLE public_notice ADD CONSTRAINT fk_public_notice_call FOREIGN KEY (call_id) REFERENCES app_call (id);
ALTER TABLE public_notice ADD CONSTRAINT uq_public_notice_live_call UNIQUE (live_call_id);
ALTER TABLE public_notice ADD COLUMN withdrawn_at DATETIME(3);
ALTER TABLE public_notice ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE public_notice ADD COLUMN withdrawn_reason VARCHAR(500);

ALTER TABLE notice_entry ADD COLUMN live_dossier_id BIGINT;
UPDATE notice_entry SET live_dossier_id = dossier_id;
ALTER TABLE notice_entry DROP CONSTRAINT fk_notice_entry_dossier;
ALTER TABLE notice_entry DROP CONSTRAINT uq_notice_entry_dossier;
CREATE INDEX ix_notice_entry_dossier ON notice_entry (dossier_id);
ALTER TABLE notice_entry ADD CONSTRAINT fk_notice_entry_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id);
ALTER TABLE notice_entry ADD CONSTRAINT uq_notice_entry_live_dossier UNIQUE (live_dossier_id);

CREATE TABLE notice_correction (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    notice_id     BIGINT        NOT NULL,
    old_ends_on   DATE          NOT NULL,
    new_ends_on   DATE          NOT NULL,
    old_contact   VARCHAR(500)  NOT NULL,
    new_contact   VARCHAR(500)  NOT NULL,
    reason        VARCHAR(500)  NOT NULL,
    corrected_by  VARCHAR(64)   NOT NULL,
    corrected_at  DATETIME(3)   NOT NULL,
    CONSTRAINT pk_notice_correction PRIMARY KEY (id),
    CONSTRAINT fk_notice_correction_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id)
);
CREATE INDEX ix_notice_correction_notice ON notice_correction (notice_id);
