-- Database accounts for production (MySQL 8.4 / MariaDB 10.11). Run once as an administrator; replace the
-- passwords. The portal's own account cannot delete or rewrite the audit log: it may insert events and fill in
-- only their chain columns (chain_seq, prev_hash, hash), which the portal does once, at commit, while they are
-- empty. Flyway migrations run under the separate migration account, at deployment only.

CREATE USER IF NOT EXISTS 'carrier_migrate'@'%' IDENTIFIED BY 'change-me-migrate';
GRANT ALL PRIVILEGES ON carrier.* TO 'carrier_migrate'@'%';

CREATE USER IF NOT EXISTS 'carrier_app'@'%' IDENTIFIED BY 'change-me-app';
-- read and insert everywhere; UPDATE and DELETE are then given table by table on every table except the audit
-- log by db/grant-app-tables.sh (MySQL grants add up, so a database-wide UPDATE could not be taken back for one table)
GRANT SELECT, INSERT ON carrier.* TO 'carrier_app'@'%';
GRANT UPDATE (chain_seq, prev_hash, hash) ON carrier.audit_event TO 'carrier_app'@'%';
GRANT SELECT, UPDATE ON carrier.audit_chain_head TO 'carrier_app'@'%';
GRANT SELECT, INSERT ON carrier.audit_chain_check TO 'carrier_app'@'%';

-- backups (db/backup.sh): read-only, with what mysqldump --single-transaction needs
CREATE USER IF NOT EXISTS 'carrier_backup'@'localhost' IDENTIFIED BY 'change-me-backup';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON carrier.* TO 'carrier_backup'@'localhost';
