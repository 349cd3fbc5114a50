-- Password policy (issue 13): when each local password was set (NULL: set by an administrator, to be changed at the
-- first sign-in), and the hashes of the passwords an account has had, so that recent ones are not used again.
ALTER TABLE account ADD COLUMN password_changed_at DATETIME(3);
UPDATE account SET password_changed_at = created_at;

CREATE TABLE password_history (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    account_id     BIGINT        NOT NULL,
    password_hash  VARCHAR(100)  NOT NULL,
    changed_at     DATETIME(3)   NOT NULL,
    CONSTRAINT pk_password_history PRIMARY KEY (id),
    CONSTRAINT fk_password_history_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_password_history_account ON password_history (account_id, id);
