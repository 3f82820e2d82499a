#!/usr/bin/env bash
# Where the start-up's main thread spends its time, the product against the bare stack: async-profiler 4.2
# (tools.profiler:async-profiler from Maven Central, whose jar carries the native library) in wall-clock mode
# from the JVM's launch until Quarkus logs "started in", STARTS starts of each, alternated. Prints the main
# thread's milliseconds per Quarkus start step (the recorded step classes, e.g. SmallRyeOpenApiProcessor's
# prepareDocuments), product beside bare stack, largest difference first, as means over the starts.
# Start-up is what "started in" measures, so the JIT compiler threads are left out here; bench/start-bench.sh
# reports the CPU of all threads. Uses the apps and caches bench/start-bench.sh builds: run it first (with the
# same JAVA_HOME). Loopback only; everything it starts is stopped on exit. See BENCHMARKS.md.
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/start-bench.sh
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 bench/profile-start.sh
#
# Tunables (environment): STARTS (3) per service, INTERVAL (2 ms between samples), PORT (18090),
# OUT (a new folder in /tmp; the collapsed stacks and the logs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STARTS=${STARTS:-3}
INTERVAL=${INTERVAL:-2}
PORT=${PORT:-18090}
OUT=${OUT:-$(mktemp -d /tmp/impasse-profile-start.XXXXXX)}
PROFILER_VERSION=4.2
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
FEATURE=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "$FEATURE" -ge 25 ]; then CACHE=app.aot; USE_CACHE=-XX:AOTCache=app.aot; else CACHE=app-cds.jsa; USE_CACHE=-XX:SharedArchiveFile=app-cds.jsa; fi

declare -A APP=([product]=$ROOT/target/quarkus-app [bare-stack]=$ROOT/bench/bare-stack/target/quarkus-app)
for name in product bare-stack; do
  [ -f "${APP[$name]}/$CACHE" ] || { echo "${APP[$name]}/$CACHE is missing: run bench/start-bench.sh first" >&2; exit 1; }
done

lib=$OUT/libasyncProfiler.so
jar=$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar
[ -f "$jar" ] || ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$PROFILER_VERSION >/dev/null
unzip -p "$jar" linux-x64/libasyncProfiler.so >"$lib"

PID=
cleanup() { [ -n "$PID" ] && { kill -9 "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; }; }
trap cleanup EXIT

# One profiled start; the profile is written when the JVM exits.
profile_once() {
  local name=$1 i=$2 data=$OUT/$1-$2
  mkdir -p "$data"
  (cd "${APP[$name]}" && exec java -Xmx128m "$USE_CACHE" \
    "-agentpath:$lib=start,event=wall,interval=${INTERVAL}ms,threads,collapsed,file=$OUT/$name-$i.collapsed" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$data/db;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=2048" \
    -jar quarkus-run.jar) >"$data/log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    grep -q 'started in' "$data/log" && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
  done
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
  grep -o 'started in [0-9.]*s' "$data/log" || { echo "$name did not start; its log:" >&2; tail -20 "$data/log" >&2; exit 1; }
}

echo "== Start-up profile (wall clock, main thread): $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), cache $CACHE, $STARTS starts each, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$STARTS"); do
  for name in product bare-stack; do
    echo "$name: $(profile_once "$name" "$i")"
  done
done
python3 - "$OUT" "$STARTS" "$INTERVAL" <<'PY'
import collections, glob, re, sys
out, starts, interval = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
STEP = re.compile(r'io/quarkus/(?:deployment/steps|runner/recorded)/([^.]*)\.deploy')

def steps(name):
    total = collections.Counter()
    for path in glob.glob(f'{out}/{name}-*.collapsed'):
        for line in open(path):
            stack, samples = line.rsplit(' ', 1)
            frames = stack.split(';')
            if not frames[0].startswith('[main'):
                continue
            if any('awaitUninterruptibly' in f or 'Application.stop' in f or 'Shutdown.exit' in f for f in frames):
                continue  # after "started in": waiting for the stop, stopping, and the JVM's exit
            step = next((re.sub(r'\d+$', '', m.group(1)) for m in map(STEP.match, frames) if m), None)
            if step is None:
                step = ('(Quarkus start, between steps)' if any('ApplicationImpl.doStart' in f for f in frames)
                        else '(JVM launch, static init, main before start)')
            total[step] += int(samples)
    return {k: v * interval / starts for k, v in total.items()}

product, bare = steps('product'), steps('bare-stack')
print(f"\n{'product':>9} {'bare':>9} {'diff':>9}  main thread, ms per start (mean of {starts}), largest difference first")
for step in sorted(set(product) | set(bare), key=lambda s: -(product.get(s, 0) - bare.get(s, 0))):
    p, b = product.get(step, 0), bare.get(step, 0)
    if p + b >= 5:
        print(f'{p:9.0f} {b:9.0f} {p - b:9.0f}  {step}')
print(f"{sum(product.values()):9.0f} {sum(bare.values()):9.0f} {sum(product.values()) - sum(bare.values()):9.0f}  in all")
PY
echo "(collapsed stacks in $OUT)"
