# Multi-stage build: compile and package with Maven on JDK 25 (classes for Java 17, Quarkus's aot-jar layout),
# then run on a JDK 25 JRE as a non-root user, started from an AOT cache made in this image.
#   docker build -t impasse-advisor .                                  # embedded H2 in /app/data
#   docker build --build-arg DB_KIND=postgresql -t impasse-advisor:pg .  # PostgreSQL, URL at run time
FROM maven:3.9-eclipse-temurin-25 AS build
ARG DB_KIND=h2
WORKDIR /src
COPY pom.xml openapi.yaml ./
COPY .mvn .mvn
COPY mvnw ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# The AOT cache is made below, by the runtime image's own JRE: a cache only works with the JVM that wrote it.
RUN ./mvnw -B -q package -DskipTests -DskipAotTraining -Dquarkus.datasource.db-kind=${DB_KIND}

FROM eclipse-temurin:25-jre
ARG DB_KIND=h2
LABEL org.opencontainers.image.title="Impasse Advisor" \
      org.impasseadvisor.db-kind="${DB_KIND}"
RUN useradd --system --uid 10001 --home-dir /app advisor \
    && mkdir -p /app/data && chown -R advisor /app
WORKDIR /app
COPY --from=build --chown=advisor /src/target/quarkus-app/ /app/
# An AOT cache (JEP 483/514/515) from a training run, made by this image's own JRE with the same JVM options
# the service runs with; it starts from the cache in about half the time (BENCHMARKS.md).
COPY --from=build /src/src/main/docker/cds-training-run.sh /tmp/
ENV JAVA_OPTS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
RUN TRAINING_JAVA_OPTS="$JAVA_OPTS" bash /tmp/cds-training-run.sh /app /app/app.aot && chown advisor /app/app.aot \
    && rm /tmp/cds-training-run.sh
USER 10001
EXPOSE 8080
# Inside a container the service must listen on every interface; without authentication configured it
# then refuses to start (set IMPASSE_AUTH_ENABLED and MP_JWT_VERIFY_*, see README).
ENV QUARKUS_HTTP_HOST=0.0.0.0
# JAVA_OPTS (above): container-aware memory, the heap follows the container's memory limit; an OOM ends
# the process so the platform restarts it instead of leaving it half-alive.
# Readiness of the recommendation path, with bash alone (the JRE image has no curl).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
# Started from /app with a relative jar path, as in the training run: the cache records the class path.
ENTRYPOINT ["sh", "-c", "exec java -XX:AOTCache=app.aot $JAVA_OPTS -jar quarkus-run.jar"]
