#!/usr/bin/env bash
# Growth (issue 27): the grids, dashboards and the audit log at the measured volume and at ten times it, side by side.
#
#   DB_URL=jdbc:mysql://127.0.0.1:3306/carrier_bench DB_URL_10X=jdbc:mysql://127.0.0.1:3306/carrier_bench_10x \
#   DB_USER=… DB_PASSWORD=… bench/growth.sh
#
# Both databases must be empty or hold their generated volume (the 10× one: 200,000 dossiers and 10,000,000 audit
# events, about 6 GB in MariaDB and 30–60 minutes to write on two cores). The run
#  1. generates each volume that is not there (profile volume, --portal.volume.scale=10 for the second),
#  2. runs QueryBenchmark against the 1× database, then the 10× one, then both again (ROUNDS, default 2), so that the
#     machine's load falls on both alike; the last round's tables are compared,
#  3. writes target/benchmarks/growth.md: each table with its figures at 1× and 10× and how much each grew.
# The figures to read are the ratios: a page's cost should not grow with the rows it does not show.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DB_URL:?DB_URL of the 1× database}" "${DB_URL_10X:?DB_URL_10X of the 10× database}" "${DB_USER:?}" "${DB_PASSWORD:?}"
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
PORT=${BENCH_PORT:-18085}
ROUNDS=${ROUNDS:-2}
OUT=target/benchmarks
LOG=/tmp/bench-growth-$PORT
mkdir -p "$LOG"

generate() { # database URL, scale
  DB_URL=$1 ./mvnw -B -ntp -q spring-boot:run -Dspring-boot.run.profiles=mysql,demo,volume \
    -Dspring-boot.run.jvmArguments="-Xmx3g" \
    -Dspring-boot.run.arguments="--portal.volume.exit=true --portal.volume.scale=$2 --server.port=$PORT --management.server.port=$((PORT + 1))" \
    > "$LOG/volume-$2.log" 2>&1 || { tail -30 "$LOG/volume-$2.log"; exit 1; }
  grep "volume:" "$LOG/volume-$2.log" | tail -1
}
echo "== 1. volumes"
generate "$DB_URL" 1
generate "$DB_URL_10X" 10

measure() { # database URL, name
  rm -rf "$OUT"
  DB_URL=$1 ./mvnw -B -ntp test -Pbenchmark -Dtest=QueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    > "$LOG/query-$2.log" 2>&1 || { grep -E 'Tests run|FAIL|ERROR' "$LOG/query-$2.log" | tail -20; exit 1; }
  rm -rf "$LOG/$2" && cp -r "$OUT" "$LOG/$2"
}
echo "== 2. grids and dashboards, $ROUNDS rounds"
for round in $(seq 1 "$ROUNDS"); do
  measure "$DB_URL" 1x
  measure "$DB_URL_10X" 10x
  echo "round $round: $(date -u '+%H:%M') load $(cut -d' ' -f1-3 /proc/loadavg)"
done

echo "== 3. $OUT/growth.md"
side_by_side() { java bench/GrowthTable.java "$LOG/1x/$1" "$LOG/10x/$1" "1×" "10×"; }
mkdir -p "$OUT"
{
  echo "### Growth: the same benchmark at 1× and 10× volume ($(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD))"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM,"
  echo "$(java -version 2>&1 | head -1); database: $(cat "$LOG/10x/00-server.txt"). QueryBenchmark ran $ROUNDS times on"
  echo "each database, alternating; the last round is shown. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "#### Volume (rows)"
  echo
  side_by_side 05-volume.md
  echo
  echo "#### Grids: server time of one page and the same SQL over JDBC (milliseconds, median of up to 30 runs)"
  echo
  side_by_side 20-grids.md
  echo
  echo "#### Dashboards (milliseconds, median of up to 30 runs)"
  echo
  side_by_side 30-dashboards.md
  echo
} > "$OUT/growth.md"
echo "written: $OUT/growth.md"
