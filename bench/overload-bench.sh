#!/usr/bin/env bash
# Overload benchmark: how many requests the service still answers when demand exceeds what it can serve.
#
# Starts the packaged jar once (-Xmx128m, loopback), then for each request kind (the plain recommendation,
# the recommendation with ?explain=full, a CDS Hooks patient-view call) warms up at the first level and
# drives it with wrk at every level of CONNECTIONS in turn. Every wrk connection sends its next request as
# soon as it has an answer (a closed loop: a shed request is retried at once, as a client that retries
# does). Prints, per kind and level: answered (200) per second, their share of the first level's figure
# (capacity), 503 per second, p99 of the answered requests (seen by a few more clients beside wrk's), every
# other error, and the CPU the service used (the share per CPU second holds with other load on the
# machine); then probe answers during the highest level, GC and memory. Loopback only; every phase is
# bounded in time; everything it starts is stopped on exit. See BENCHMARKS.md, "Overload".
#
#   bench/overload-bench.sh                     # build, then measure (about 4 minutes)
#   SKIP_BUILD=1 bench/overload-bench.sh        # measure the jar already built
#   SKIP_BUILD=1 WARMUP=5 DURATION=4 KINDS=cds bench/overload-bench.sh   # a quick look at one kind
#
# Tunables (environment): CONNECTIONS ("32 256 1500"; the first is the capacity level), DURATION seconds
# per level (12), WARMUP seconds per kind (20), KINDS ("plain full cds"), THREADS wrk threads (2),
# PORT (19080), HEAP (-Xmx128m), APP (target/quarkus-app), PRODUCT_OPTS (extra JVM options, e.g.
# -Dimpasse.load-shedding.max-in-flight=16), TIMEOUT request timeout in seconds (10), OBSERVERS clients
# beside wrk's that time each answer (4).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

CONNECTIONS=${CONNECTIONS:-32 256 1500}
DURATION=${DURATION:-12}
WARMUP=${WARMUP:-20}
KINDS=${KINDS:-plain full cds}
THREADS=${THREADS:-2}
PORT=${PORT:-19080}
HEAP=${HEAP:--Xmx128m}
APP=$(realpath "${APP:-target/quarkus-app}")
TIMEOUT=${TIMEOUT:-10}
OBSERVERS_COUNT=${OBSERVERS:-4}
HOST=127.0.0.1

WORK=$(mktemp -d /tmp/impasse-overload.XXXXXX)
SERVICE=
PROBER=
OBSERVER_PIDS=()

cleanup() {
  [ -n "$PROBER" ] && kill "$PROBER" 2>/dev/null
  touch "$WORK/stop"
  for pid in "${OBSERVER_PIDS[@]}"; do
    kill "$pid" 2>/dev/null
  done
  if [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null; then
    for _ in $(seq 1 150); do
      kill -0 "$SERVICE" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$SERVICE" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
}
trap cleanup EXIT

log() { printf '%s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg | tr ' ' /; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

# 1,500 connections need 1,500 descriptors in wrk and as many in the service (the JVM raises its own soft
# limit to the hard one).
highest=$(tr ' ' '\n' <<<"$CONNECTIONS" | sort -n | tail -1)
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((highest + 512)) ]; then
  ulimit -n $((highest + 512)) || { log "cannot raise ulimit -n to $((highest + 512)) (hard limit $(ulimit -Hn))"; exit 1; }
fi

if ! command -v wrk >/dev/null 2>&1; then
  log "Installing wrk from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "Building the jar (tests skipped; ./mvnw verify runs them)"
  ./mvnw -B -q -DskipTests package
fi

# Each kind: URL path and body.
target() {
  case $1 in
    plain) echo "/api/v1/recommendations $ROOT/bench/typical.json" ;;
    full) echo "/api/v1/recommendations?explain=full $ROOT/bench/typical.json" ;;
    cds) echo "/cds-services/impasse-advisor-patient-view $ROOT/bench/cds-call.json" ;;
    *) log "unknown kind $1 (plain, full or cds)"; exit 1 ;;
  esac
}

status_of() { # $1 path, $2 body file: the HTTP status of one POST
  curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X POST -H 'Content-Type: application/json' \
    --data-binary @"$2" "http://$HOST:$PORT$1" || true
}

# The service, with its own H2 file, and EHR trust off so that the CDS Hooks call needs no signed JWT.
(cd "$WORK" && exec java "$HEAP" -Xlog:gc:file="$WORK/gc.log" -Dquarkus.http.host=$HOST -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/data/impasse-advisor;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=2048" \
  -Dimpasse.cds.trust.enabled=false ${PRODUCT_OPTS:-} -jar "$APP/quarkus-run.jar") >"$WORK/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 600); do
  [ "$(status_of /api/v1/recommendations "$ROOT/bench/typical.json")" = 200 ] && break
  kill -0 "$SERVICE" 2>/dev/null || { log "the service exited:"; tail -20 "$WORK/service.log" >&2; exit 1; }
  sleep 0.1
done
for kind in $KINDS; do
  read -r path body <<<"$(target "$kind")"
  [ "$(status_of "$path" "$body")" = 200 ] || { log "$kind: POST $path does not answer 200"; exit 1; }
done

TICKS=$(getconf CLK_TCK)
cpu_of() { awk -v t="$TICKS" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; } # user + system seconds of a process
# CPU seconds of this script's finished children (wrk); 'times' must run in this shell, not in $(...).
children_cpu() {
  times >"$WORK/times"
  tail -1 "$WORK/times" | awk '{ for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); s += p[1] * 60 + p[2] } } END {printf "%.2f", s}' >"$WORK/cpu"
}

drive() { # $1 connections, $2 seconds, $3 path, $4 body: prints wrk's RESULT line
  BODY_FILE=$4 wrk -t"$THREADS" -c"$1" -d"${2}s" --timeout "${TIMEOUT}s" -s bench/overload.lua \
    "http://$HOST:$PORT$3" | grep '^RESULT'
}

# One more client beside wrk's connections: sends the same request again and again on one keep-alive
# connection and writes each answer's status and time (curl measures each request on its own, which wrk
# cannot do per status). $1 path, $2 body, $3 output file.
observe() {
  local urls=()
  for _ in $(seq 1 20); do urls+=(-o /dev/null "http://$HOST:$PORT$1"); done
  while [ ! -e "$WORK/stop" ]; do
    curl -s -w '%{http_code} %{time_total}\n' --max-time "$TIMEOUT" -X POST \
      -H 'Content-Type: application/json' --data-binary @"$2" "${urls[@]}" >>"$3" || true
  done
}

# Probes the liveness and readiness checks every 0.2 s while the highest level runs; one line per probe.
probe() {
  while :; do
    for check in live ready; do
      curl -s -o /dev/null -w "$check %{http_code} %{time_total}\n" --max-time 5 "http://$HOST:$PORT/q/health/$check" \
        >>"$WORK/probes" || true # a probe that failed is written with status 000
    done
    sleep 0.2
  done
}

: >"$WORK/results"
: >"$WORK/probes"
for kind in $KINDS; do
  read -r path body <<<"$(target "$kind")"
  first=${CONNECTIONS%% *}
  log "$kind: warm-up ${WARMUP} s at $first connections (load $(load))"
  drive "$first" "$WARMUP" "$path" "$body" >/dev/null
  for connections in $CONNECTIONS; do
    before=$(load)
    if [ "$connections" = "$highest" ]; then
      probe &
      PROBER=$!
    fi
    observed=$WORK/observed-$kind-$connections
    : >"$observed"
    OBSERVER_PIDS=()
    for _ in $(seq 1 "$OBSERVERS_COUNT"); do
      observe "$path" "$body" "$observed" &
      OBSERVER_PIDS+=("$!")
    done
    service_cpu=$(cpu_of "$SERVICE")
    children_cpu
    wrk_cpu=$(cat "$WORK/cpu")
    result=$(drive "$connections" "$DURATION" "$path" "$body")
    service_cpu=$(echo "$(cpu_of "$SERVICE") - $service_cpu" | bc -l)
    children_cpu
    wrk_cpu=$(echo "$(cat "$WORK/cpu") - $wrk_cpu" | bc -l)
    cp "$observed" "$observed.during" # what the observers saw while wrk ran, not after
    touch "$WORK/stop"
    for pid in "${OBSERVER_PIDS[@]}"; do
      wait "$pid" 2>/dev/null || true
    done
    rm -f "$WORK/stop"
    OBSERVER_PIDS=()
    if [ -n "$PROBER" ]; then
      kill "$PROBER" 2>/dev/null
      wait "$PROBER" 2>/dev/null || true
      PROBER=
    fi
    echo "$kind $connections load=$before $result service_cpu=$service_cpu wrk_cpu=$wrk_cpu" >>"$WORK/results"
    log "$kind $connections: $(field ok <<<"$result") answered, $(field shed <<<"$result") shed (load before $before)"
    sleep 1 # let connections close before the next level
  done
done

# --- Report
echo
echo "== Impasse Advisor overload benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load now $(load)"
echo "   wrk -t$THREADS, ${DURATION} s per level after ${WARMUP} s warm-up per kind, JVM $HEAP${PRODUCT_OPTS:+, $PRODUCT_OPTS}"
echo "   share = answered/s over the $first-connection figure of the same kind"
echo "   p99 answered = p99 of the 200s seen by $OBSERVERS_COUNT more clients on keep-alive connections beside wrk's (n of them)"
echo "   service cores = CPU seconds the service used per second; per CPU-s = answered per CPU second of the service, and"
echo "   its share: the same ratio with the machine's other load taken out (what overload costs the service itself)"
echo
printf '%-6s %11s %11s %6s %8s %9s %6s %7s %8s %9s %6s %5s  %s\n' kind connections 'answered/s' share '503/s' 'p99 ms' '' 'other' \
  'service' 'per CPU-s' share 'wrk' 'load before'
printf '%-6s %11s %11s %6s %8s %9s %6s %7s %8s %9s %6s %5s\n' '' '' '' '' '' answered n errors cores '' '' cores
# p99 and count of the observers' 200s: $1 file
observed_p99() {
  awk '$1 == 200 {print $2}' "$1" | sort -n | awk '{v[NR] = $1} END {i = int(NR * 0.99 + 0.999); if (i < 1) i = 1; printf "%.1f %d", (NR ? v[i] * 1000 : 0), NR}'
}
while read -r kind connections loadinfo result; do
  seconds=$(field seconds <<<"$result")
  ok=$(field ok <<<"$result")
  rate=$(echo "$ok / $seconds" | bc -l)
  service_cpu=$(field service_cpu <<<"$result")
  efficiency=$(echo "$ok / ($service_cpu + 0.01)" | bc -l)
  if [ "$connections" = "$first" ]; then
    capacity=$rate
    capacity_efficiency=$efficiency
  fi
  others=$(($(field other <<<"$result") + $(field errors_connect <<<"$result") + $(field errors_read <<<"$result") \
    + $(field errors_write <<<"$result") + $(field errors_timeout <<<"$result")))
  others=$((others + $(awk '$1 != 200 && $1 != 503' "$WORK/observed-$kind-$connections.during" | wc -l)))
  read -r p99 n <<<"$(observed_p99 "$WORK/observed-$kind-$connections.during")"
  printf '%-6s %11d %11.0f %6.2f %8.0f %9.1f %6d %7d %8.2f %9.0f %6.2f %5.2f  %s\n' "$kind" "$connections" "$rate" \
    "$(echo "$rate / $capacity" | bc -l)" "$(echo "$(field shed <<<"$result") / $seconds" | bc -l)" \
    "$p99" "$n" "$others" "$(echo "$service_cpu / $seconds" | bc -l)" \
    "$efficiency" "$(echo "$efficiency / $capacity_efficiency" | bc -l)" "$(echo "$(field wrk_cpu <<<"$result") / $seconds" | bc -l)" \
    "${loadinfo#load=}"
done <"$WORK/results"

echo
awk '{shed += 0} /shed=/ {
       for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] += kv[2] } }
     END { printf "503 answers without Retry-After: %d; answers that closed the connection: %d\n", v["shed_without_retry_after"], v["closed"] }' \
  "$WORK/results"
awk '{ n[$1]++; if ($2 != 200) bad[$1]++; if ($3 > worst[$1]) worst[$1] = $3 }
     END { for (c in n) printf "probe /q/health/%s during the highest level: %d answers, %d not 200, slowest %.0f ms\n", c, n[c], bad[c], worst[c] * 1000 }' \
  "$WORK/probes"
printf 'memory: RSS %d MB (peak %d MB); %d young GC pauses, %d full; largest heap after a GC %s\n' \
  "$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE/status")" "$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE/status")" \
  "$(grep -c 'Pause Young' "$WORK/gc.log" || true)" "$(grep -c 'Pause Full' "$WORK/gc.log" || true)" \
  "$(grep -E 'Pause (Young|Full)' "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//' | sort -n | tail -1)"
echo "service log lines at WARN or above: $(grep -cE ' (WARN|ERROR) ' "$WORK/service.log" || true) (the EHR-trust-off warning is expected)"
grep -E 'ERROR|OutOfMemory' "$WORK/service.log" | head -5 || true
echo "(service log, GC log and wrk results in $WORK)"
