#!/bin/sh
# Starts the extracted production jar with the JVM's AOT cache (JDK 25, JEP 514). The first start of a new build (or a
# new JDK) makes the cache in a training run that stops after Spring's refresh — it needs the database like any start —
# and every later start reuses it: about 7 s to the login page instead of about 15 s on 2 cores
# (docs/benchmarks/results.md). Without a cache (training failed) the portal starts as before.
#   PORTAL_HOME  the extracted application (java -Djarmode=tools -jar portal.jar extract --destination …), default /app/portal
#   PORTAL_AOT_DIR  where the cache is kept (writable, survives restarts), default /app/data
#   JAVA_OPTS  further JVM options
set -eu
APP=${PORTAL_HOME:-/app/portal}
CACHE_DIR=${PORTAL_AOT_DIR:-/app/data}
JAR=$(ls "$APP"/*.jar | head -1)
STAMP=$( { sha256sum "$JAR"; java -version 2>&1; } | sha256sum | cut -c1-16)
CACHE="$CACHE_DIR/portal-$STAMP.aot"
if [ ! -f "$CACHE" ]; then
  rm -f "$CACHE_DIR"/portal-*.aot
  echo "start.sh: training run for the AOT cache $CACHE"
  # shellcheck disable=SC2086
  (cd "$APP" && java -XX:AOTCacheOutput="$CACHE" -Dspring.context.exit=onRefresh ${JAVA_OPTS:-} -jar "$JAR" "$@") \
    || { echo "start.sh: training run failed; starting without the cache"; rm -f "$CACHE"; }
fi
cd "$APP"
if [ -f "$CACHE" ]; then
  # shellcheck disable=SC2086
  exec java -XX:AOTCache="$CACHE" ${JAVA_OPTS:-} -jar "$JAR" "$@"
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar "$JAR" "$@"
