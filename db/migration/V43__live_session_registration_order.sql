-- Issue 26 (decision 0029, later paragraph): "least recently used" must not be decided by chance between sessions whose
-- last requests carry the same time. MySQL Connector/J writes no fractions of a second to MariaDB 10.11 (it takes the
-- server's "5.5.5-" version prefix for a server without them), so two sign-ins within one second tied, and the tie fell
-- to the order of their random session ids (the cluster's ClusterSessionLimitTest then failed about every other run).
-- The order in which the sessions were registered breaks the tie: the older registration counts as the less recently
-- used. Filled by the database on insert, so the code of the previous release, which does not name it, works on.
ALTER TABLE live_session ADD COLUMN registration BIGINT NOT NULL AUTO_INCREMENT UNIQUE;
