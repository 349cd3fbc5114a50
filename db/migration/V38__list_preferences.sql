-- Lists that remember (issue 25, decision 0034): each account's choice of columns and their widths, per list. A
-- display preference of one person, not a record of the portal: no audit, and no foreign key, so that it is never what
-- keeps an account from being disabled or a list from being renamed.
CREATE TABLE list_preference (
    account_id    BIGINT         NOT NULL,
    list_key      VARCHAR(64)    NOT NULL,
    hidden        VARCHAR(1000)  NOT NULL,
    widths        VARCHAR(2000)  NOT NULL,
    saved_at      DATETIME(3)    NOT NULL,
    CONSTRAINT pk_list_preference PRIMARY KEY (account_id, list_key)
);
