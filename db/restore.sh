#!/usr/bin/env bash
# Restores a backup made by db/backup.sh into a database (an empty one, or one to be overwritten: the dump drops
# and recreates each table). Refuses a file whose SHA-256 does not match the one written beside it.
#   DB_NAME=carrier_restore DB_USER=... DB_PASSWORD=... db/restore.sh carrier-20261128-030000.sql.gz
# Afterwards: start the portal on the restored database and, as the auditor, verify the audit chain
# (审计日志 → 校验审计链); compare row counts with the source if it still exists.
set -euo pipefail
FILE=${1:?usage: db/restore.sh file.sql.gz}
: "${DB_NAME:?set DB_NAME}" "${DB_USER:?set DB_USER}"
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
if [ -f "$FILE.sha256" ] && [ "$(sha256sum "$FILE" | cut -d' ' -f1)" != "$(cat "$FILE.sha256")" ]; then
  echo "SHA-256 of $FILE does not match $FILE.sha256: not restored" >&2
  exit 1
fi
CLIENT=$(command -v mariadb || command -v mysql)
gunzip -c "$FILE" | MYSQL_PWD="${DB_PASSWORD:-}" "$CLIENT" --default-character-set=utf8mb4 \
  -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" "$DB_NAME"
echo "restored $FILE into $DB_NAME"
