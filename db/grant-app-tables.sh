#!/usr/bin/env bash
# Gives the portal's account UPDATE and DELETE on every table of the schema except the audit log, after
# db/production-grants.sql took them away database-wide. Run it again after a migration adds tables.
#   DB_NAME=carrier DB_ADMIN=root db/grant-app-tables.sh
set -euo pipefail
: "${DB_NAME:?set DB_NAME}"
CLIENT=$(command -v mariadb || command -v mysql)
ADMIN=(-u "${DB_ADMIN:-root}")
tables=$("$CLIENT" "${ADMIN[@]}" -N -e "SELECT table_name FROM information_schema.tables
  WHERE table_schema = '$DB_NAME' AND table_name NOT IN ('audit_event', 'audit_chain_head', 'audit_chain_check')")
for t in $tables; do
  "$CLIENT" "${ADMIN[@]}" -e "GRANT UPDATE, DELETE ON \`$DB_NAME\`.\`$t\` TO 'carrier_app'@'%'"
done
echo "granted UPDATE, DELETE on $(echo "$tables" | wc -w) tables of $DB_NAME to carrier_app"
