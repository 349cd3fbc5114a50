#!/usr/bin/env bash
# The performance benchmarks (issue 14), on demand: writes docs/benchmarks/results.md.
#
#   DB_URL=jdbc:mysql://127.0.0.1:3306/carrier_bench DB_USER=… DB_PASSWORD=… bench/run.sh
#
# The database must be empty or hold the generated volume; the run
#  1. generates the volume if it is not there (profile volume: 3,000 units … 1,000,000 audit events, ~1–2 min),
#  2. times the grids and dashboards through the services beside the same SQL over JDBC (QueryBenchmark),
#  3. builds the production jar and times three cold starts to the first served login page (and three more with the
#     JVM's AOT cache),
#  4. against the last started jar: retained heap per session and an HTTP run with concurrent users (WebBenchmark),
#     the stress run under a flight recording (its hottest frames; the recording stays in /tmp/bench-<port>/),
#  5. puts the sections together with the date, the machine and the volume; the previous run moves below.
# Leaves the build in dev mode (./mvnw clean at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DB_URL:?DB_URL of a MariaDB/MySQL database}" "${DB_USER:?}" "${DB_PASSWORD:?}"
export DB_URL DB_USER DB_PASSWORD
# the JDK that builds (JAVA_HOME, 25 for the AOT cache) also starts the jars and reads the heap and the recording
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
PORT=${BENCH_PORT:-18085}
# every portal the run starts (the volume run, the AOT training, the jars) takes its ports from here: the application
# port and, beside it, the management port (health, metrics), so that runs of several people on one machine do not meet
export PORT MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-$((PORT + 1))}
OUT=target/benchmarks
LOG=/tmp/bench-$PORT
mkdir -p "$LOG"
JAR_PID=""
cleanup() { [ -n "$JAR_PID" ] && kill "$JAR_PID" 2>/dev/null || true; }
trap cleanup EXIT

echo "== 1. volume"
./mvnw -B -ntp -q spring-boot:run -Dspring-boot.run.profiles=mysql,demo,volume \
  -Dspring-boot.run.arguments="--portal.volume.exit=true --server.port=$PORT" > $LOG/volume.log 2>&1 \
  || { tail -30 $LOG/volume.log; exit 1; }
grep "volume:" $LOG/volume.log | tail -2

echo "== 2. grids and dashboards"
rm -rf "$OUT"
./mvnw -B -ntp test -Pbenchmark -Dtest=QueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false > $LOG/query.log 2>&1 \
  || { grep -E 'Tests run|FAIL|ERROR' $LOG/query.log | tail -20; exit 1; }
rm -rf "$LOG/sections" && cp -r "$OUT" "$LOG/sections"

echo "== 3. production jar, cold start"
./mvnw -B -ntp -q -Pproduction -DskipTests package > $LOG/package.log 2>&1 || { tail -30 $LOG/package.log; exit 1; }
mkdir -p "$OUT" && cp $LOG/sections/* "$OUT"/ && rm -rf $LOG/sections
JAR=$(realpath "$(ls target/carrier-portal-*.jar | head -1)")
RUN_DIR=$(mktemp -d)
start_portal() { # directory, java arguments…: starts the portal there; STARTED_MS: milliseconds to the first login page
  local dir=$1; shift
  local begin; begin=$(date +%s%N)
  ( cd "$dir" && exec java -Xmx2g "$@" --spring.profiles.active=mysql --server.port="$PORT" ) > $LOG/jar.log 2>&1 &
  JAR_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)" = 200 ]; do
    kill -0 "$JAR_PID" 2>/dev/null || { tail -30 $LOG/jar.log >&2; exit 1; }
    sleep 0.1
  done
  STARTED_MS=$(( ($(date +%s%N) - begin) / 1000000 ))
}
stop_portal() { kill "$JAR_PID" 2>/dev/null || true; wait "$JAR_PID" 2>/dev/null || true; JAR_PID=""; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# with the JVM's AOT cache (JDK 25, JEP 514): the jar extracted, one training run that stops after the refresh
APP_DIR=$(mktemp -d)
java -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR/app" > /dev/null
APP_JAR=$(ls "$APP_DIR"/app/*.jar | head -1)
( cd "$APP_DIR/app" && java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --spring.profiles.active=mysql > $LOG/aot-training.log 2>&1 ) || { tail -20 $LOG/aot-training.log; exit 1; }
aot=()
for attempt in 1 2 3; do
  start_portal "$APP_DIR/app" -XX:AOTCache=app.aot -jar "$APP_JAR"
  aot+=("$STARTED_MS")
  stop_portal
done
plain=()
for attempt in 1 2 3; do
  [ -n "$JAR_PID" ] && stop_portal
  start_portal "$RUN_DIR" -jar "$JAR"
  plain+=("$STARTED_MS")
done
{
  echo "### Cold start of the production jar to the first served login page"
  echo
  echo "\`java -Xmx2g -jar carrier-portal.jar --spring.profiles.active=mysql\` on the generated volume, three fresh JVMs each"
  echo "(Spring Boot's own line for the last: $(grep -o 'Started Application in [0-9.]* seconds' $LOG/jar.log | head -1)). Target: under 15 s."
  echo
  echo "| start | runs (ms) | median (ms) |"
  echo "| --- | --- | --- |"
  echo "| the jar as built | ${plain[*]} | $(median "${plain[@]}") |"
  echo "| extracted, with the JVM's AOT cache (\`-XX:AOTCache\`, one training run) | ${aot[*]} | $(median "${aot[@]}") |"
  echo
} > "$OUT/10-cold-start.md"

echo "== 4. heap per session, concurrent users"
./mvnw -B -ntp test -Pbenchmark -Dtest=WebBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.url="http://127.0.0.1:$PORT" -Dbench.pid="$JAR_PID" -Dbench.recording="$LOG/stress.jfr" > $LOG/web.log 2>&1 \
  || { grep -E 'Tests run|FAIL|ERROR' $LOG/web.log | tail -20; exit 1; }
stop_portal

echo "== 5. docs/benchmarks/results.md"
RESULTS=docs/benchmarks/results.md
PREVIOUS=$(mktemp)
[ -f "$RESULTS" ] && sed -n '/^## Run of /,$p' "$RESULTS" | sed 's/^## Earlier runs$//' | sed 's/^## Run of /### Earlier: run of /; s/^### \([^E]\)/#### \1/' > "$PREVIOUS"
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` (issue 14); the newest run first, earlier runs below it. Figures are medians unless"
  echo "a column says otherwise; ratios compare the portal with the same SQL over plain JDBC in the same run."
  echo
  echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM,"
  echo "$(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1);"
  echo "database: $(grep -o 'jdbc:[a-z]*://[^/]*' <<< "$DB_URL") $(cat "$OUT/00-server.txt" 2>/dev/null || true)."
  echo
  cat "$OUT"/[0-9][0-9]-*.md
  if [ -s "$PREVIOUS" ]; then echo "## Earlier runs"; echo; cat "$PREVIOUS"; fi
} > "$RESULTS.new"
mv "$RESULTS.new" "$RESULTS"
./mvnw -B -ntp -q clean
echo "written: $RESULTS"
