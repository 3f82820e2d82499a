#!/usr/bin/env bash
# Writes a start-up cache from a training run: starts the packaged service once on loopback, with a
# throwaway H2 database, waits for it to answer one recommendation, then stops it; on exit the JVM writes
# what it loaded (and, for an AOT cache, linked and profiled) into the cache.
#
#   <archive>.aot  JDK 25 or later: an AOT cache (JEP 483/514/515), used with -XX:AOTCache=<archive>.
#                  The app folder should be Quarkus's aot-jar layout (what ./mvnw package builds on JDK 25),
#                  whose classes the JVM's own class loaders load and the cache can therefore hold.
#   <archive>.jsa  any JDK: an AppCDS archive, used with -XX:SharedArchiveFile=<archive> (the path on JDK 17).
#
# Quarkus's own archive (quarkus.package.jar.appcds) stops before the runtime start, so it misses most of
# what a start loads: Hibernate ORM's session factory, Flyway, the JDBC driver, the first request's path.
# An archive only works with the JVM build that wrote it, and with the same class path: run this where the
# service will run, and start the service from the app folder with -jar quarkus-run.jar, as this does.
#
#   src/main/docker/cds-training-run.sh target/quarkus-app target/quarkus-app/app.aot      # JDK 25
#   src/main/docker/cds-training-run.sh target/quarkus-app target/quarkus-app/app-cds.jsa  # JDK 17
#
# Needs only bash and java (no curl: the runtime image has none). TRAINING_PORT (18089) must be free.
set -euo pipefail

app=$(cd "$1" && pwd)
archive=$(realpath -m "$2")
port=${TRAINING_PORT:-18089}
data=$(mktemp -d)
body='{"rootCauses":["FEAR"],"concerns":["PTSD"],"client":{"ageGroup":"ADULT","suicideRisk":"LOW"},"limit":3}'

# The HTTP status of one POST of the training descriptor, or nothing while the service is not listening.
recommend() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port" \
    && printf 'POST /api/v1/recommendations HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
      "${#body}" "$body" >&3 \
    && head -1 <&3 | cut -d' ' -f2) 2>/dev/null || true
}

case "$archive" in
  *.aot) output=(-XX:AOTCacheOutput="$archive" -Xlog:aot=error) ;;
  *.jsa) output=(-XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off) ;;
  *) echo "training run: the archive must end in .aot (AOT cache, JDK 25+) or .jsa (AppCDS)" >&2; exit 2 ;;
esac

rm -f "$archive"
# From the app folder, as the service is started: the archive records the class path as given.
(cd "$app" && exec java ${TRAINING_JAVA_OPTS:-} "${output[@]}" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$data/training;DB_CLOSE_ON_EXIT=FALSE" \
  -jar quarkus-run.jar) >"$data/training.log" 2>&1 &
pid=$!
trap 'kill -9 "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

status=
for _ in $(seq 1 600); do
  status=$(recommend)
  [ "$status" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ "$status" != 200 ]; then
  echo "training run: no recommendation answered on port $port; the end of its log:" >&2
  tail -20 "$data/training.log" >&2
  exit 1
fi
kill -TERM "$pid"
wait "$pid" || true
# With -XX:AOTCacheOutput the JVM writes the cache from a child JVM at exit; the log says why when it did not.
[ -s "$archive" ] || { echo "training run: no archive written to $archive; the end of its log:" >&2; tail -20 "$data/training.log" >&2; exit 1; }
echo "training run: $(du -h "$archive" | cut -f1) archive in $archive" >&2
