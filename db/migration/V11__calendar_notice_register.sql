-- The official working-day calendar (P4.5, G6.1): a year is known once its State Council notice is entered;
-- each listed day is either a day off (OFF) or a make-up working day (WORK).
CREATE TABLE calendar_year (
    cal_year       INT          NOT NULL,
    notice_number  VARCHAR(100) NOT NULL,
    entered_by     VARCHAR(64)  NOT NULL,
    entered_at     DATETIME(3)  NOT NULL,
    CONSTRAINT pk_calendar_year PRIMARY KEY (cal_year)
);

CREATE TABLE calendar_day (
    cal_date  DATE        NOT NULL,
    cal_year  INT         NOT NULL,
    kind      VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_calendar_day PRIMARY KEY (cal_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (cal_year) REFERENCES calendar_year (cal_year)
);

INSERT INTO calendar_year (cal_year, notice_number, entered_by, entered_at) VALUES
 (2025, '国办发明电〔2024〕12号', 'system', '2025-01-01 00:00:00'),
 (2026, '国务院办公厅通知（2025-11-04）', 'system', '2025-11-04 00:00:00');

INSERT INTO calendar_day (cal_date, cal_year, kind) VALUES
 ('2025-01-01', 2025, 'OFF'),
 ('2025-01-28', 2025, 'OFF'), ('2025-01-29', 2025, 'OFF'), ('2025-01-30', 2025, 'OFF'), ('2025-01-31', 2025, 'OFF'),
 ('2025-02-01', 2025, 'OFF'), ('2025-02-02', 2025, 'OFF'), ('2025-02-03', 2025, 'OFF'), ('2025-02-04', 2025, 'OFF'),
 ('2025-04-04', 2025, 'OFF'), ('2025-04-05', 2025, 'OFF'), ('2025-04-06', 2025, 'OFF'),
 ('2025-05-01', 2025, 'OFF'), ('2025-05-02', 2025, 'OFF'), ('2025-05-03', 2025, 'OFF'), ('2025-05-04', 2025, 'OFF'),
 ('2025-05-05', 2025, 'OFF'),
 ('2025-05-31', 2025, 'OFF'), ('2025-06-01', 2025, 'OFF'), ('2025-06-02', 2025, 'OFF'),
 ('2025-10-01', 2025, 'OFF'), ('2025-10-02', 2025, 'OFF'), ('2025-10-03', 2025, 'OFF'), ('2025-10-04', 2025, 'OFF'),
 ('2025-10-05', 2025, 'OFF'), ('2025-10-06', 2025, 'OFF'), ('2025-10-07', 2025, 'OFF'), ('2025-10-08', 2025, 'OFF'),
 ('2025-01-26', 2025, 'WORK'), ('2025-02-08', 2025, 'WORK'), ('2025-04-27', 2025, 'WORK'), ('2025-09-28', 2025, 'WORK'),
 ('2025-10-11', 2025, 'WORK'),
 ('2026-01-01', 2026, 'OFF'), ('2026-01-02', 2026, 'OFF'), ('2026-01-03', 2026, 'OFF'),
 ('2026-02-15', 2026, 'OFF'), ('2026-02-16', 2026, 'OFF'), ('2026-02-17', 2026, 'OFF'), ('2026-02-18', 2026, 'OFF'),
 ('2026-02-19', 2026, 'OFF'), ('2026-02-20', 2026, 'OFF'), ('2026-02-21', 2026, 'OFF'), ('2026-02-22', 2026, 'OFF'),
 ('2026-02-23', 2026, 'OFF'),
 ('2026-04-04', 2026, 'OFF'), ('2026-04-05', 2026, 'OFF'), ('2026-04-06', 2026, 'OFF'),
 ('2026-05-01', 2026, 'OFF'), ('2026-05-02', 2026, 'OFF'), ('2026-05-03', 2026, 'OFF'), ('2026-05-04', 2026, 'OFF'),
 ('2026-05-05', 2026, 'OFF'),
 ('2026-06-19', 2026, 'OFF'), ('2026-06-20', 2026, 'OFF'), ('2026-06-21', 2026, 'OFF'),
 ('2026-09-25', 2026, 'OFF'), ('2026-09-26', 2026, 'OFF'), ('2026-09-27', 2026, 'OFF'),
 ('2026-10-01', 2026, 'OFF'), ('2026-10-02', 2026, 'OFF'), ('2026-10-03', 2026, 'OFF'), ('2026-10-04', 2026, 'OFF'),
 ('2026-10-05', 2026, 'OFF'), ('2026-10-06', 2026, 'OFF'), ('2026-10-07', 2026, 'OFF'),
 ('2026-01-04', 2026, 'WORK'), ('2026-02-14', 2026, 'WORK'), ('2026-02-28', 2026, 'WORK'), ('2026-05-09', 2026, 'WORK'),
 ('2026-09-20', 2026, 'WORK'), ('2026-10-10', 2026, 'WORK');

-- Public notice of a call's proposed list (P4.5). The dossiers listed are those PROPOSED when it was published.
CREATE TABLE public_notice (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    call_id           BIGINT        NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    contact           VARCHAR(500)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    document_number   VARCHAR(64),
    filed_on          DATE,
    published_by      VARCHAR(64)   NOT NULL,
    published_at      DATETIME(3)   NOT NULL,
    closed_at         DATETIME(3),
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_public_notice PRIMARY KEY (id),
    CONSTRAINT uq_public_notice_call UNIQUE (call_id),
    CONSTRAINT uq_public_notice_document UNIQUE (document_number),
    CONSTRAINT fk_public_notice_call FOREIGN KEY (call_id) REFERENCES app_call (id)
);

CREATE TABLE notice_entry (
    notice_id   BIGINT       NOT NULL,
    dossier_id  BIGINT       NOT NULL,
    tenant_id   VARCHAR(16)  NOT NULL,
    unit_id     BIGINT       NOT NULL,
    unit_name   VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT pk_notice_entry PRIMARY KEY (notice_id, dossier_id),
    CONSTRAINT uq_notice_entry_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_notice_entry_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id),
    CONSTRAINT fk_notice_entry_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);

CREATE TABLE objection (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    notice_id        BIGINT        NOT NULL,
    dossier_id       BIGINT        NOT NULL,
    tenant_id        VARCHAR(16)   NOT NULL,
    unit_id          BIGINT        NOT NULL,
    objector         VARCHAR(200)  NOT NULL,
    received_on      DATE          NOT NULL,
    content          TEXT          NOT NULL,
    evidence_name    VARCHAR(255),
    evidence_sha256  VARCHAR(64),
    status           VARCHAR(16)   NOT NULL,
    handled_reason   VARCHAR(1000),
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      DATETIME(3)   NOT NULL,
    handled_by       VARCHAR(64),
    handled_at       DATETIME(3),
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_objection PRIMARY KEY (id),
    CONSTRAINT fk_objection_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id),
    CONSTRAINT fk_objection_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
CREATE INDEX ix_objection_notice ON objection (notice_id, status);

-- The carrier register: one carrier per approved dossier (the unique key makes a second closing a no-op).
CREATE TABLE carrier (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id         BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    tenant_id          VARCHAR(16)   NOT NULL,
    kind               VARCHAR(32)   NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    industry_field     VARCHAR(100),
    approved_on        DATE          NOT NULL,
    document_number    VARCHAR(64)   NOT NULL,
    status             VARCHAR(24)   NOT NULL,
    status_since       DATE          NOT NULL,
    ban_ends_on        DATE,
    created_at         DATETIME(3)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_carrier PRIMARY KEY (id),
    CONSTRAINT uq_carrier_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_carrier_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_carrier_unit FOREIGN KEY (unit_id) REFERENCES host_unit (id)
);
CREATE INDEX ix_carrier_tenant ON carrier (tenant_id, status, kind);
CREATE INDEX ix_carrier_unit ON carrier (unit_id, kind, status);
