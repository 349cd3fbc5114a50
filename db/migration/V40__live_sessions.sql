-- Issue 26 (decision 0029, later paragraph): the limit of sessions per account held across all nodes. One row per
-- signed-in session of any node: the node that holds it registers it at sign-in and deletes it when the session ends;
-- a sign-in beyond the limit, on any node, marks the account's least recently used session expired, and the node that
-- holds it ends it at that session's next request. A row whose last request is older than the session timeout belongs
-- to a node that died: it counts no more and is swept. last_request_at is written at most every few seconds per session
-- (portal.session.registry-check-every), not on every request. No foreign key: a row lives at most a session's length.
CREATE TABLE live_session (
    session_id       VARCHAR(128)  NOT NULL,
    account_id       BIGINT        NOT NULL,
    node_route       VARCHAR(32)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    last_request_at  DATETIME(3)   NOT NULL,
    expired          BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_live_session PRIMARY KEY (session_id)
);
CREATE INDEX ix_live_session_account ON live_session (account_id, last_request_at);
CREATE INDEX ix_live_session_last_request ON live_session (last_request_at);
