#!/usr/bin/env bash
# HTTP benchmark of the recommendation endpoint against a reference endpoint of the same shape
# (bench/reference: parses the JSON body, answers a fixed list of three strategies).
#
# For each JDK (17 and 25 by default): builds both with that JDK, makes each its start-up cache by the
# training run (an AppCDS archive on 17, an AOT cache on 25, as the container image does), measures start-up
# time and resident memory, then drives both alternately with wrk at 32 connections, with the product
# recording every recommendation, and prints requests/s, p50/p99, errors, the throughput ratio and the
# product's record counters; at the end, both JDKs' figures side by side. Loopback only; every phase is
# bounded in time; everything it starts is stopped on exit. See BENCHMARKS.md.
#
#   bench/http-bench.sh                 # build, then measure (about 6 minutes per JDK)
#   SKIP_BUILD=1 bench/http-bench.sh    # measure the jars already built (target/bench-apps/)
#   JDKS=25 bench/http-bench.sh         # one JDK only
#
# Tunables (environment): ROUNDS (3), DURATION seconds per endpoint per round (20), WARMUP seconds (20),
# CONNECTIONS (32), THREADS (2), STARTS start-ups measured per service (5), PRODUCT_PORT (18080),
# REFERENCE_PORT (18081), BODY (bench/typical.json), QUERY (appended to the product's URL, e.g. ?explain=full),
# DATABASE=unreachable (see product_options), PRODUCT_OPTS (extra JVM options for the product, e.g. -Dname=value),
# PRODUCT_BUILD_OPTS (extra Maven options for the product's build, e.g. a build-time -Dquarkus... setting),
# JDKS ("17 25"), JDK17_HOME (the default java's JDK), JDK25_HOME (/usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-20}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
STARTS=${STARTS:-5}
PRODUCT_PORT=${PRODUCT_PORT:-18080}
REFERENCE_PORT=${REFERENCE_PORT:-18081}
BODY=$(realpath "${BODY:-bench/typical.json}")
QUERY=${QUERY:-}
HOST=127.0.0.1
HEAP=-Xmx128m
PATH_=/api/v1/recommendations

JDKS=${JDKS:-17 25}
JDK17_HOME=${JDK17_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# Each JDK's build of each service, with its cache, is kept here (SKIP_BUILD=1 reuses them).
APPS=$ROOT/target/bench-apps

WORK=$(mktemp -d /tmp/impasse-bench.XXXXXX)
SUMMARY=$WORK/summary
RUNNING=()

stop() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
  for pid in "${RUNNING[@]}"; do
    stop "$pid"
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT

log() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' /; }

if ! command -v wrk >/dev/null 2>&1; then
  log "Installing wrk from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

# Builds both services with JDK $1 (whose home is $2) into $APPS/<service>-<jdk>, each with its cache from
# a training run: on JDK 25 the product's build selects the aot-jar layout itself (its aot-cache profile),
# and the reference is given the same layout.
build() {
  local jdk=$1 home=$2 jar_type=() cache
  if [ "$jdk" -ge 25 ]; then jar_type=(-Dquarkus.package.jar.type=aot-jar); cache=app.aot; else cache=app-cds.jsa; fi
  log "Building the product and the reference on JDK $jdk (tests skipped; ./mvnw verify runs them)"
  local build_opts=()
  read -r -a build_opts <<<"${PRODUCT_BUILD_OPTS:-}"
  JAVA_HOME=$home PATH="$home/bin:$PATH" ./mvnw -B -q -DskipTests -DskipAotTraining "${build_opts[@]}" package
  JAVA_HOME=$home PATH="$home/bin:$PATH" ./mvnw -B -q -f bench/reference/pom.xml -DskipTests "${jar_type[@]}" package
  rm -rf "$APPS/product-$jdk" "$APPS/reference-$jdk"
  mkdir -p "$APPS"
  cp -r target/quarkus-app "$APPS/product-$jdk"
  cp -r bench/reference/target/quarkus-app "$APPS/reference-$jdk"
  log "Start-up caches ($cache) from a training run of each (src/main/docker/cds-training-run.sh)"
  for name in product reference; do
    PATH="$home/bin:$PATH" TRAINING_JAVA_OPTS=$HEAP src/main/docker/cds-training-run.sh "$APPS/$name-$jdk" "$APPS/$name-$jdk/$cache"
  done
}

# Starts a service from its quarkus-app folder (where its cache is) on loopback with $JAVA; prints its pid.
# $1 name, $2 app folder, $3 port, rest: extra JVM options.
start() {
  local name=$1 app=$2 port=$3
  shift 3
  local cache=()
  if [ -f "$app/app.aot" ]; then
    cache=(-XX:AOTCache=app.aot)
  elif [ -f "$app/app-cds.jsa" ]; then
    cache=(-XX:SharedArchiveFile=app-cds.jsa)
  fi
  (cd "$app" && exec "$JAVA" "$HEAP" "${cache[@]}" "$@" -Dquarkus.http.host=$HOST -Dquarkus.http.port="$port" \
    -jar quarkus-run.jar) >"$OUT/$name.log" 2>&1 &
  echo $!
}

# The same database options as the default URL in application.properties, in a folder of its own.
# DATABASE=unreachable points the product at a loopback port where no database listens instead: records
# are still queued, then refused once the queue is full, so the run shows what writing them costs.
product_options() {
  if [ "${DATABASE:-}" = unreachable ]; then
    echo "-Dquarkus.datasource.jdbc.url=jdbc:h2:tcp://127.0.0.1:9/unreachable -Dquarkus.flyway.migrate-at-start=false"
  else
    echo "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$OUT/data/impasse-advisor;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=2048"
  fi
  echo "${PRODUCT_OPTS:-}"
}

post() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X POST -H 'Content-Type: application/json' \
    --data-binary @"$BODY" "http://$HOST:$1$PATH_${2:-}" || true
}

# Waits until the service answers a recommendation; prints milliseconds since $2 (ns). Gives up after 60 s.
wait_ready() {
  local port=$1 since=$2 query=${3:-}
  for _ in $(seq 1 6000); do
    if [ "$(post "$port" "$query")" = 200 ]; then
      echo $((($(date +%s%N) - since) / 1000000))
      return 0
    fi
    sleep 0.01
  done
  log "no answer on port $port after 60 s"
  return 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
hwm_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
started_in() { grep -o 'started in [0-9.]*s' "$OUT/$1.log" | grep -o '[0-9.]*' | tail -1; }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# Measures both services on JDK $1 (home $2): start-up, then load, then the report; appends the JDK's
# figures to $SUMMARY and stops both services.
measure() {
  local jdk=$1
  JAVA=$2/bin/java
  PRODUCT_APP=$APPS/product-$jdk
  REFERENCE_APP=$APPS/reference-$jdk
  OUT=$WORK/jdk-$jdk
  mkdir -p "$OUT"
  [ -d "$PRODUCT_APP" ] && [ -d "$REFERENCE_APP" ] || { log "no build for JDK $jdk in $APPS: run without SKIP_BUILD=1"; exit 1; }
  echo
  echo "######## JDK $jdk: $("$JAVA" -version 2>&1 | head -1)"
  # --- Start-up: STARTS cold starts of each, the product on its own data folder (migrated on the first start)
  log "Start-up, $STARTS starts each (load $(load))"
  for name in product reference; do
    : >"$OUT/$name.starts"
    for i in $(seq 1 "$STARTS"); do
      t0=$(date +%s%N)
      if [ $name = product ]; then
        pid=$(start product "$PRODUCT_APP" "$PRODUCT_PORT" $(product_options))
        port=$PRODUCT_PORT
      else
        pid=$(start reference "$REFERENCE_APP" "$REFERENCE_PORT")
        port=$REFERENCE_PORT
      fi
      RUNNING+=("$pid")
      ready=$(wait_ready "$port" "$t0")
      printf '%s %s %s\n' "$(started_in $name)" "$ready" "$(rss_mb "$pid")" >>"$OUT/$name.starts"
      stop "$pid"
      RUNNING=("${RUNNING[@]/$pid/}")
    done
  done

  # --- Load: both running side by side, each given the machine in turn
  product=$(start product "$PRODUCT_APP" "$PRODUCT_PORT" $(product_options) -Xlog:gc:file="$OUT/product-gc.log")
  RUNNING+=("$product")
  reference=$(start reference "$REFERENCE_APP" "$REFERENCE_PORT" -Xlog:gc:file="$OUT/reference-gc.log")
  RUNNING+=("$reference")
  wait_ready "$PRODUCT_PORT" "$(date +%s%N)" >/dev/null
  wait_ready "$REFERENCE_PORT" "$(date +%s%N)" >/dev/null
  [ "$(post "$PRODUCT_PORT" "$QUERY")" = 200 ] || { log "the product does not answer $QUERY with 200"; exit 1; }

  drive() { # $1 port, $2 seconds, $3 query: prints wrk's RESULT line
    BODY_FILE=$BODY wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --timeout 5s -s bench/post.lua \
      "http://$HOST:$1$PATH_${3:-}" | grep '^RESULT'
  }
  field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

  log "Warm-up, ${WARMUP} s each"
  drive "$PRODUCT_PORT" "$WARMUP" "$QUERY" >/dev/null
  drive "$REFERENCE_PORT" "$WARMUP" >/dev/null

  : >"$OUT/rounds"
  for round in $(seq 1 "$ROUNDS"); do
    for name in reference product; do
      before=$(load)
      cpu_before=$(cpu_ticks "${!name}")
      if [ $name = product ]; then
        result=$(drive "$PRODUCT_PORT" "$DURATION" "$QUERY")
      else
        result=$(drive "$REFERENCE_PORT" "$DURATION")
      fi
      # the service's CPU per answered request, all its threads (GC, JIT and the record writer included)
      cpu_us=$(echo "($(cpu_ticks "${!name}") - $cpu_before) * 1000000 / $(getconf CLK_TCK) / $(echo "$result" | field requests)" | bc)
      echo "$round $name load=[$before] $result cpu_us=$cpu_us" >>"$OUT/rounds"
      log "round $round $name: $(echo "$result" | field rps) req/s, p99 $(echo "$result" | field p99_us) µs (load before: $before)"
    done
  done
  sleep 1 # let the record writer drain

  metric() {
    curl -s "http://$HOST:$PRODUCT_PORT/q/metrics" | awk -v name="$1" '$1 ~ "^"name {sum += $2} END {printf "%d", sum}'
  }

  # --- Report
  echo
  echo "== Impasse Advisor HTTP benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load now $(load)"
  echo "   POST $PATH_$QUERY with $(basename "$BODY"), wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s per endpoint per round, $ROUNDS rounds after ${WARMUP} s warm-up each, both JVMs $HEAP"
  echo
  printf '%-6s %-10s %10s %9s %9s %9s %7s %9s  %s\n' round endpoint 'req/s' 'p50 ms' 'p99 ms' 'max ms' errors 'CPU µs/req' 'load before'
  while read -r round name loadinfo result; do
    errors=0
    for kind in connect read write status timeout; do
      errors=$((errors + $(echo "$result" | field errors_$kind)))
    done
    printf '%-6s %-10s %10.0f %9.2f %9.2f %9.2f %7d %10d  %s\n' "$round" "$name" "$(echo "$result" | field rps)" \
      "$(echo "$result" | awk '{print}' | field p50_us | awk '{print $1/1000}')" \
      "$(echo "$result" | field p99_us | awk '{print $1/1000}')" \
      "$(echo "$result" | field max_us | awk '{print $1/1000}')" "$errors" "$(echo "$result" | field cpu_us)" "$loadinfo"
  done <"$OUT/rounds"

  summary() { # $1 name: median req/s, worst p99 ms, total errors, median CPU µs per request
    local lines
    lines=$(grep " $1 " "$OUT/rounds")
    local rps p99 errors=0 cpu
    rps=$(echo "$lines" | field rps | median)
    cpu=$(echo "$lines" | field cpu_us | median)
    p99=$(echo "$lines" | field p99_us | sort -n | tail -1 | awk '{print $1/1000}')
    for kind in connect read write status timeout; do
      errors=$((errors + $(echo "$lines" | field errors_$kind | paste -sd+ | bc)))
    done
    echo "$rps $p99 $errors $cpu"
  }
  read -r ref_rps ref_p99 ref_errors ref_cpu <<<"$(summary reference)"
  read -r prod_rps prod_p99 prod_errors prod_cpu <<<"$(summary product)"
  ratio=$(echo "scale=3; $prod_rps / $ref_rps" | bc)
  cpu_ratio=$(echo "scale=3; $ref_cpu / $prod_cpu" | bc)

  echo
  printf '%-10s median %8.0f req/s, worst p99 %6.2f ms, %d errors\n' reference "$ref_rps" "$ref_p99" "$ref_errors"
  printf '%-10s median %8.0f req/s, worst p99 %6.2f ms, %d errors\n' product "$prod_rps" "$prod_p99" "$prod_errors"
  printf 'ratio      %.1f %% of the reference (bar: >= 85 %%)\n' "$(echo "$ratio * 100" | bc)"
  # Other work on the machine takes CPU from both services, and more from the one that needs more per
  # request; CPU per request is far steadier, and on a quiet machine where both saturate the cores the
  # throughput ratio tends to the inverse ratio of CPU per request.
  printf 'CPU per request: reference %.0f µs, product %.0f µs; reference/product %.1f %% (the ratio a quiet, CPU-bound machine tends to)\n' \
    "$ref_cpu" "$prod_cpu" "$(echo "$cpu_ratio * 100" | bc)"

  echo
  echo "Start-up ($STARTS starts each; 'started in' as Quarkus logs it; 'first answer' from launch to the first 200 on POST, JVM start included)"
  for name in product reference; do
    printf '%-10s started in median %.3f s (min %.3f), first answer median %.0f ms (min %.0f), RSS after start median %.0f MB\n' \
      "$name" "$(cut -d' ' -f1 "$OUT/$name.starts" | median)" "$(cut -d' ' -f1 "$OUT/$name.starts" | sort -n | head -1)" \
      "$(cut -d' ' -f2 "$OUT/$name.starts" | median)" "$(cut -d' ' -f2 "$OUT/$name.starts" | sort -n | head -1)" \
      "$(cut -d' ' -f3 "$OUT/$name.starts" | median)"
  done

  echo
  echo "Memory after load (heap limit $HEAP)"
  for name in product reference; do
    pid=${!name}
    gclog=$OUT/$name-gc.log
    printf '%-10s RSS %d MB (peak %d MB); %d young GC pauses, %d full; largest heap after a young or full GC %s\n' "$name" "$(rss_mb "$pid")" \
      "$(hwm_mb "$pid")" "$(grep -c 'Pause Young' "$gclog" || true)" "$(grep -c 'Pause Full' "$gclog" || true)" \
      "$(grep -E 'Pause (Young|Full)' "$gclog" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//' | sort -n | tail -1)"
  done

  echo
  echo "Recommendation records: $(metric impasse_records_written_total) written, $(metric impasse_records_failed_total) failed, $(metric impasse_records_queued) still queued"
  grep -E 'ERROR|Exception' "$OUT/product.log" | head -5 || true
  echo "(logs and wrk results in $OUT)"

  local started
  started=$(cut -d' ' -f1 "$OUT/product.starts" | median)
  local ref_started
  ref_started=$(cut -d' ' -f1 "$OUT/reference.starts" | median)
  printf 'JDK %-3s product %8.0f req/s, reference %8.0f req/s, ratio %5.1f %% (by CPU per request %5.1f %%), product worst p99 %6.2f ms, errors %d; started in: product %.3f s, reference %.3f s\n' \
    "$jdk" "$prod_rps" "$ref_rps" "$(echo "$ratio * 100" | bc)" "$(echo "$cpu_ratio * 100" | bc)" "$prod_p99" "$((prod_errors + ref_errors))" "$started" "$ref_started" >>"$SUMMARY"
  stop "$product"
  stop "$reference"
  RUNNING=()
}

for jdk in $JDKS; do
  home_var=JDK${jdk}_HOME
  home=${!home_var:-}
  [ -n "$home" ] && [ -x "$home/bin/java" ] || { log "JDK $jdk not found (set $home_var)"; exit 1; }
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    build "$jdk" "$home"
  fi
done
for jdk in $JDKS; do
  home_var=JDK${jdk}_HOME
  measure "$jdk" "${!home_var}"
done

echo
echo "== Both JDKs ($(date -u +%Y-%m-%dT%H:%MZ), load now $(load)); bars: ratio >= 75 % with records (goal 85 %), p99 < 10 ms"
cat "$SUMMARY"
