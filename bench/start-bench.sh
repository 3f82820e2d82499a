#!/usr/bin/env bash
# Start-up of the product against the bare stack (bench/bare-stack: a Quarkus application with the product's
# main extensions and one entity), side by side: each round starts one, then the other, so both see the same
# machine. Both start as the container image starts the product: from their quarkus-app folder, from a cache
# made by the same training run (src/main/docker/cds-training-run.sh): an AOT cache on JDK 25 or later, an
# AppCDS archive on older JDKs. Prints "started in" (as Quarkus logs it) and the time from launching java to
# the first 200 answer to a recommendation, per start and as medians, with the load average at each start,
# and the product-to-bare-stack ratio. It also prints the CPU time the JVM used up to that first answer (all its
# threads), which other work on the machine inflates far less than the wall times. Loopback only; everything it starts is stopped on exit. See BENCHMARKS.md.
#
#   bench/start-bench.sh                                   # on the JDK of JAVA_HOME (or java on the PATH)
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 STARTS=9 bench/start-bench.sh
#
# Tunables (environment): STARTS (7) per service, SKIP_BUILD=1 (use the jars and caches already built),
# PRODUCT_PORT (18080), BARE_PORT (18081), HEAP (-Xmx128m), INCLUDE_REFERENCE=1 (also the minimal endpoint).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

STARTS=${STARTS:-7}
PRODUCT_PORT=${PRODUCT_PORT:-18080}
BARE_PORT=${BARE_PORT:-18081}
HEAP=${HEAP:--Xmx128m}
if [ -n "${JAVA_HOME:-}" ]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi
FEATURE=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$FEATURE" -ge 25 ]; then CACHE=app.aot; USE_CACHE=-XX:AOTCache=app.aot; else CACHE=app-cds.jsa; USE_CACHE=-XX:SharedArchiveFile=app-cds.jsa; fi

WORK=$(mktemp -d /tmp/impasse-start-bench.XXXXXX)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill -9 "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
}
trap cleanup EXIT
log() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

declare -A APP=([product]=$ROOT/target/quarkus-app [bare-stack]=$ROOT/bench/bare-stack/target/quarkus-app
  [reference]=$ROOT/bench/reference/target/quarkus-app)
declare -A PORT=([product]=$PRODUCT_PORT [bare-stack]=$BARE_PORT [reference]=$BARE_PORT)
NAMES=(product bare-stack)
[ "${INCLUDE_REFERENCE:-0}" = 1 ] && NAMES+=(reference)

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  # On JDK 25 Quarkus's aot-jar layout, which the product's build selects by itself (its aot-cache profile).
  jar_type=()
  [ "$FEATURE" -ge 25 ] && jar_type=(-Dquarkus.package.jar.type=aot-jar)
  log "Building on JDK $FEATURE (tests skipped)"
  ./mvnw -B -q -DskipTests -DskipAotTraining package
  for name in "${NAMES[@]:1}"; do
    ./mvnw -B -q -f "bench/$name/pom.xml" -DskipTests "${jar_type[@]}" package
  done
fi
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "${APP[product]}/$CACHE" ]; then
  for name in "${NAMES[@]}"; do
    log "Training run of $name: ${APP[$name]}/$CACHE"
    TRAINING_JAVA_OPTS=$HEAP src/main/docker/cds-training-run.sh "${APP[$name]}" "${APP[$name]}/$CACHE"
  done
fi

post() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X POST -H 'Content-Type: application/json' \
    --data-binary @bench/typical.json "http://127.0.0.1:$1/api/v1/recommendations" || true
}

# CPU seconds (user + system, all threads) a process has used so far.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# One start: prints "started-in-seconds first-answer-ms load cpu-seconds".
start_once() {
  local name=$1 data
  data=$(mktemp -d "$WORK/$name.XXXX")
  local before
  before=$(load)
  local t0
  t0=$(date +%s%N)
  (cd "${APP[$name]}" && exec java "$HEAP" "$USE_CACHE" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="${PORT[$name]}" \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$data/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=2048" \
    -jar quarkus-run.jar) >"$data/log" 2>&1 &
  PID=$!
  local ready= cpu=
  for _ in $(seq 1 6000); do
    if [ "$(post "${PORT[$name]}")" = 200 ]; then
      ready=$((($(date +%s%N) - t0) / 1000000))
      cpu=$(cpu_seconds "$PID")
      break
    fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.01
  done
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
  [ -n "$ready" ] || { log "$name did not answer; its log:"; tail -20 "$data/log" >&2; exit 1; }
  grep -q '\[aot\]\|\[cds\]' "$data/log" && { log "$name: the JVM complained about its cache:"; grep '\[aot\]\|\[cds\]' "$data/log" | head -3 >&2; }
  echo "$(grep -o 'started in [0-9.]*s' "$data/log" | grep -o '[0-9.]*' | tail -1) $ready $before $cpu"
}

echo "== Start-up: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), cache $CACHE, $HEAP, $STARTS starts each, interleaved"
printf '%-6s %-11s %11s %14s %9s %6s\n' start service 'started in' 'first answer' 'CPU used' load
for i in $(seq 1 "$STARTS"); do
  for name in "${NAMES[@]}"; do
    read -r started ready before cpu <<<"$(start_once "$name")"
    echo "$name $started $ready $before $cpu" >>"$WORK/starts"
    printf '%-6s %-11s %10.3fs %12d ms %8.2fs %6s\n' "$i" "$name" "$started" "$ready" "$cpu" "$before"
  done
done
echo
for name in "${NAMES[@]}"; do
  printf '%-11s started in median %.3f s (min %.3f), first answer median %d ms (min %d), CPU to the first answer median %.2f s\n' "$name" \
    "$(awk -v n="$name" '$1 == n {print $2}' "$WORK/starts" | median)" \
    "$(awk -v n="$name" '$1 == n {print $2}' "$WORK/starts" | sort -n | head -1)" \
    "$(awk -v n="$name" '$1 == n {print $3}' "$WORK/starts" | median)" \
    "$(awk -v n="$name" '$1 == n {print $3}' "$WORK/starts" | sort -n | head -1)" \
    "$(awk -v n="$name" '$1 == n {print $5}' "$WORK/starts" | median)"
done
product=$(awk '$1 == "product" {print $2}' "$WORK/starts" | median)
bare=$(awk '$1 == "bare-stack" {print $2}' "$WORK/starts" | median)
printf 'ratio product / bare stack ("started in" medians): %.2f (goal <= 1.0; stretch 0.8)\n' "$(echo "scale=4; $product / $bare" | bc)"
product_cpu=$(awk '$1 == "product" {print $5}' "$WORK/starts" | median)
bare_cpu=$(awk '$1 == "bare-stack" {print $5}' "$WORK/starts" | median)
printf 'ratio product / bare stack (CPU to the first answer, medians): %.2f\n' "$(echo "scale=4; $product_cpu / $bare_cpu" | bc)"
rm -rf "$WORK"
