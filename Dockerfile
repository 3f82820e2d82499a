# Multi-stage build: compile and package with Maven, then run on a slim JRE as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml openapi.yaml ./
COPY .mvn .mvn
COPY mvnw ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app advisor \
    && mkdir -p /app/data && chown -R advisor /app
WORKDIR /app
COPY --from=build --chown=advisor /src/target/quarkus-app/ /app/
USER 10001
EXPOSE 8080
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
