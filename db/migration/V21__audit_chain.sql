-- The audit log is hash-chained (issue 13): each event, when its transaction commits, gets the next number of the
-- chain, the hash of the event before it and its own hash over both. The head row holds the last link; it is
-- locked at the end of each auditing transaction, so links are handed out one at a time. V22 chains the events
-- written before this version.
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_event ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_event ADD COLUMN hash CHAR(64);
CREATE UNIQUE INDEX uq_audit_event_chain_seq ON audit_event (chain_seq);

CREATE TABLE audit_chain_head (
    id         INT       NOT NULL,
    last_seq   BIGINT    NOT NULL,
    last_hash  CHAR(64)  NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Each verification of the chain (the auditor's button and the nightly job) and what it found.
CREATE TABLE audit_chain_check (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    checked_at      DATETIME(3)   NOT NULL,
    checked_by      VARCHAR(64)   NOT NULL,
    events_checked  BIGINT        NOT NULL,
    intact          BOOLEAN       NOT NULL,
    broken_seq      BIGINT,
    broken_event_id BIGINT,
    problem         VARCHAR(500),
    CONSTRAINT pk_audit_chain_check PRIMARY KEY (id)
);
