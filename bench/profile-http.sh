#!/usr/bin/env bash
# CPU (or allocation) profile of the packaged product under the HTTP benchmark's load, with async-profiler
# (tools.profiler:async-profiler from Maven Central, whose jar carries the native library). Starts the
# product as bench/http-bench.sh does (its app folder and cache, -Xmx128m, its own H2 file, every record
# written), drives WARMUP seconds of wrk load, then attaches the profiler (jcmd JVMTI.agent_load) for
# DURATION more seconds of the same load, so that the start and the warm-up's compilation stay out of the
# profile; stops everything, and prints where the samples went: per thread group (event loops, worker
# threads, the record writer, GC, JIT, other) and, on the event loops, the workers and the writer, per
# component (the leaf-most frame that names one). Loopback only. See BENCHMARKS.md.
#
#   bench/profile-http.sh                         # the app folder of the last build: target/quarkus-app
#   APP=target/bench-apps/product-25 JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/profile-http.sh
#   EVENT=alloc bench/profile-http.sh             # allocated bytes instead of CPU samples
#   KIND=cds CONNECTIONS=256 bench/profile-http.sh  # CDS Hooks calls (bench/cds-call.json, EHR trust off)
#
# Tunables (environment): APP, EVENT (cpu; itimer where perf events are not allowed; alloc), KIND (plain: the
# recommendation of bench/typical.json; cds), WARMUP (20), DURATION (20), CONNECTIONS (32), THREADS (2),
# PORT (18080), OUT (a new folder in /tmp; the collapsed stacks).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP=$(realpath "${APP:-target/quarkus-app}")
EVENT=${EVENT:-cpu}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
OUT=${OUT:-$(mktemp -d /tmp/impasse-profile.XXXXXX)}
PROFILER_VERSION=4.2
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"

lib=$OUT/libasyncProfiler.so
jar=$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar
[ -f "$jar" ] || ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$PROFILER_VERSION >/dev/null
unzip -p "$jar" linux-x64/libasyncProfiler.so >"$lib"

cache=()
if [ -f "$APP/app.aot" ]; then cache=(-XX:AOTCache=app.aot); elif [ -f "$APP/app-cds.jsa" ]; then cache=(-XX:SharedArchiveFile=app-cds.jsa); fi
PID=
cleanup() { [ -n "$PID" ] && { kill -9 "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }; }
trap cleanup EXIT
# for allocations, the collapsed counts are bytes (total), not samples
options="start,event=$EVENT,threads"
if [ "$EVENT" = alloc ]; then options="$options,alloc=512k,total"; else options="$options,interval=1ms"; fi
case "${KIND:-plain}" in
  plain) path=/api/v1/recommendations; body=$ROOT/bench/typical.json ;;
  cds) path=/cds-services/impasse-advisor-patient-view; body=$ROOT/bench/cds-call.json ;;
  *) echo "KIND is plain or cds, not $KIND" >&2; exit 1 ;;
esac
# the profiler is attached after the warm-up; JDK 21 and later warn about that unless it is allowed
(cd "$APP" && exec java -Xmx128m "${cache[@]}" -XX:+IgnoreUnrecognizedVMOptions -XX:+EnableDynamicAgentLoading \
  -Dimpasse.cds.trust.enabled=false -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$OUT/data/impasse-advisor;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=2048" \
  -jar quarkus-run.jar) >"$OUT/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 600); do
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary @"$body" \
    "http://127.0.0.1:$PORT$path" && break
  sleep 0.1
done
drive() {
  BODY_FILE=$body wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --timeout 5s -s bench/post.lua \
    "http://127.0.0.1:$PORT$path" | grep '^RESULT'
}
[ "$CONNECTIONS" -gt 900 ] && ulimit -n 65536 2>/dev/null || true
drive "$WARMUP" >/dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# quoted: jcmd would read the first "=" of the options as its own argument syntax
jcmd "$PID" JVMTI.agent_load "$lib" "\"$options\"" >/dev/null
result=$(drive "$DURATION")
jcmd "$PID" JVMTI.agent_load "$lib" "\"stop,collapsed,file=$OUT/profile.collapsed\"" >/dev/null
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

requests() { sed -n 's/.* requests=\([^ ]*\).*/\1/p'; }
total=$(echo "$result" | requests)
echo "== Profile ($EVENT) of the product (${KIND:-plain}) over ${DURATION} s of wrk -t$THREADS -c$CONNECTIONS after ${WARMUP} s of warm-up, $(date -u +%Y-%m-%dT%H:%MZ), load before the measured part: $load_before"
echo "$(java -version 2>&1 | head -1); $(echo "$result" | sed -n 's/.* rps=\([^ ]*\).*/\1/p') req/s; $total requests profiled (the per-request figures divide by these)"
python3 - "$OUT/profile.collapsed" "$total" "$EVENT" <<'PY'
import collections, re, sys
path, requests, event = sys.argv[1], int(sys.argv[2] or 0), sys.argv[3]
components = [  # the leaf-most frame matching one of these names the component
    ("H2 (records)", r"^org/h2/"), ("record writer (ours)", r"^org/impasseadvisor/records/"),
    ("engine", r"^org/impasseadvisor/engine/"), ("answer serialisers", r"^org/impasseadvisor/api/recommendation/"),
    ("descriptor reader", r"^org/impasseadvisor/(descriptor|api/feedback)/"),
    ("CDS Hooks adapter", r"^org/impasseadvisor/cdshooks/"),
    ("advice, metrics, other of ours", r"^org/impasseadvisor/"),
    ("Micrometer", r"^io/micrometer/|^io/quarkus/micrometer/"), ("Jackson", r"^com/fasterxml/jackson/"),
    ("Quarkus REST", r"^org/jboss/resteasy/reactive/|^io/quarkus/resteasy/reactive/"),
    ("security", r"^io/quarkus/security/|^io/quarkus/vertx/http/runtime/security/|^io/smallrye/jwt/"),
    ("CDI, context propagation", r"^io/quarkus/arc/|^io/smallrye/context/"),
    ("Netty, Vert.x, Quarkus HTTP", r"^io/netty/|^io/vertx/|^io/quarkus/vertx/"),
    ("JDK", r"^java/|^jdk/|^sun/"),  # last: see below
]
groups = collections.Counter(); per = collections.defaultdict(collections.Counter); total = 0
for line in open(path):
    stack, n = line.rsplit(" ", 1); n = int(n); total += n
    frames = stack.split(";")
    thread = frames[0]
    if "eventloop" in thread: group = "event loops"
    elif "executor-thread" in thread: group = "worker threads"
    elif "record-writer" in thread: group = "record writer"
    elif re.search(r"G1|GC Thread|VM Thread|gc", thread): group = "GC and VM"
    elif "Compiler" in thread or "C2" in thread or "C1" in thread: group = "JIT compilers"
    else: group = "other threads"
    groups[group] += n
    if group not in ("event loops", "worker threads", "record writer"): continue
    leaf = frames[-1]
    name = None
    if event != "alloc" and (leaf.endswith("_[k]") or leaf.startswith("[")):
        name = "kernel (sockets, scheduling)"
    else:  # the JDK only when no frame above the leaf names another component
        for frame in reversed(frames[1:]):
            for label, pattern in components[:-1]:
                if re.search(pattern, frame):
                    name = label; break
            if name: break
        if not name and any(re.search(components[-1][1], f) for f in frames[1:]):
            name = components[-1][0]
    per[group][name or "other"] += n
unit = "samples" if event != "alloc" else "bytes"
print(f"\n{'thread group':<32} {'share':>7}")
for g, n in groups.most_common(): print(f"{g:<32} {100*n/total:6.1f} %")
for g in ("event loops", "worker threads", "record writer"):
    if not per[g]: continue
    gt = sum(per[g].values())
    suffix = ""
    if requests and event != "alloc": suffix = " (1 ms samples per request: µs of CPU)"
    if requests and event == "alloc": suffix = " (bytes per request)"
    print(f"\n{g}: by component{suffix}")
    for name, n in per[g].most_common():
        per_request = ""
        if requests:
            per_request = f"{1000*n/requests:10.1f} µs" if event != "alloc" else f"{n/requests:10.0f} B"
        print(f"  {name:<32} {100*n/gt:6.1f} %{per_request}")
PY
echo "(collapsed stacks in $OUT/profile.collapsed)"
