-- Notifications (in the portal always, by e-mail when the person wants it) and the e-mail outbox.
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    account_id   BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    args_json    TEXT          NOT NULL,
    link         VARCHAR(200),
    created_at   DATETIME(3)   NOT NULL,
    read_at      DATETIME(3),
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_account ON notification (account_id, read_at);

-- One e-mail per notification and address: queued with the action, sent after commit, retried with backoff.
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    notification_id  BIGINT        NOT NULL,
    to_address       VARCHAR(200)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             TEXT          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)   NOT NULL,
    last_error       VARCHAR(1000),
    created_at       DATETIME(3)   NOT NULL,
    sent_at          DATETIME(3),
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
    CONSTRAINT fk_mail_outbox_notification FOREIGN KEY (notification_id) REFERENCES notification (id)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- A reminder step already sent to a person (kind, thing, step, account): never sent twice.
CREATE TABLE reminder_sent (
    reminder_key  VARCHAR(160)  NOT NULL,
    sent_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_reminder_sent PRIMARY KEY (reminder_key)
);

-- Per person: e-mail off for some kinds, and the language of its messages.
CREATE TABLE notification_setting (
    account_id      BIGINT       NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    email_off_kinds VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_notification_setting PRIMARY KEY (account_id),
    CONSTRAINT fk_notification_setting_account FOREIGN KEY (account_id) REFERENCES account (id)
);
