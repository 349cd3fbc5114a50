#!/usr/bin/env bash
# Backs up the portal's MySQL/MariaDB database: one consistent snapshot taken while the portal runs
# (--single-transaction, InnoDB), binary columns as hex, compressed, with its SHA-256 beside it.
#   DB_NAME=carrier DB_USER=backup DB_PASSWORD=... db/backup.sh [file.sql.gz]
# The password is passed through the environment (MYSQL_PWD), never on the command line.
set -euo pipefail
: "${DB_NAME:?set DB_NAME}" "${DB_USER:?set DB_USER}"
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-3306}
OUT=${1:-carrier-$(date +%Y%m%d-%H%M%S).sql.gz}
DUMP=$(command -v mariadb-dump || command -v mysqldump)
MYSQL_PWD="${DB_PASSWORD:-}" "$DUMP" --single-transaction --quick --routines --triggers --hex-blob \
  --default-character-set=utf8mb4 --no-tablespaces -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" "$DB_NAME" | gzip > "$OUT"
sha256sum "$OUT" | cut -d' ' -f1 > "$OUT.sha256"
echo "$OUT"
