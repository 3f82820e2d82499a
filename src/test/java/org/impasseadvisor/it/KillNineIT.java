package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against the packaged jar: feedback acknowledged with 201 is still there after the process is killed
 * with SIGKILL and started again. Runs on the datasource the jar was built for (H2 file by default, or
 * the PostgreSQL given by -Dquarkus.datasource.jdbc.url).
 */
class KillNineIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    private final Path workDir = createWorkDir();
    private Process service;

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("impasse-kill9");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void acknowledgedFeedbackSurvivesKillNine() throws Exception {
        int port = freePort();
        service = start(port);
        Instant since = Instant.now().minusSeconds(1);
        int acknowledged = 0;
        String strategy = null;
        for (int i = 0; i < 10; i++) {
            JsonPath answer = given().port(port).contentType(ContentType.JSON)
                    .body("{\"rootCauses\": [\"COUNTERTRANSFERENCE\", \"STALLED_PROGRESS\"]}")
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(200).extract().jsonPath();
            strategy = answer.getString("strategies[0].id");
            given().port(port).contentType(ContentType.JSON)
                    .body("{\"strategyId\": \"" + strategy + "\", \"outcome\": \"ACCEPTED\"}")
                    .when().post("/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback")
                    .then().statusCode(201);
            acknowledged++;
        }
        service.destroyForcibly().waitFor();

        service = start(port);
        JsonPath insights = given().port(port)
                .queryParam("from", since.toString())
                .when().get("/api/v1/insights/strategies")
                .then().statusCode(200).extract().jsonPath();
        int accepted = insights.getInt("strategies.find { it.strategyId == '" + strategy + "' }.accepted");
        assertThat(accepted).isGreaterThanOrEqualTo(acknowledged);
    }

    private Process start(int port) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Dquarkus.http.port=" + port));
        for (String property : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-jar", JAR.toString()));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("service.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited: " + Files.readString(workDir.resolve("service.log")));
            }
            try {
                if (given().port(port).when().get("/api/v1/strategies").statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYetListening) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("service did not start within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
