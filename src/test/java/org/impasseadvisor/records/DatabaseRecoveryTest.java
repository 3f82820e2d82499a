package org.impasseadvisor.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A service started while its database is down answers recommendations; once the database comes up, the
 * batch writer migrates the schema and writes the records it queued, and feedback on an answer given while
 * the database was down is accepted. H2 over TCP stands in for a database server that starts late.
 */
@QuarkusTest
@TestProfile(DatabaseRecoveryTest.LateDatabase.class)
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql",
        disabledReason = "an H2 server stands in for the late database; the PostgreSQL build cannot use it")
class DatabaseRecoveryTest {

    private static final int PORT = freePort();

    /** Points the datasource at an H2 server that is not running yet. */
    public static class LateDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = "jdbc:h2:tcp://127.0.0.1:" + PORT + "/mem:late;DB_CLOSE_DELAY=-1";
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "%test.quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Test
    void recordsQueuedWhileTheDatabaseWasDownAreWrittenOnceItComesUp() throws Exception {
        JsonPath answer = given().contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200).extract().jsonPath();
        String feedback = "{\"strategyId\": \"" + answer.getString("strategies[0].id") + "\", \"outcome\": \"ACCEPTED\"}";
        String path = "/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback";
        given().contentType(ContentType.JSON).body(feedback).when().post(path).then().statusCode(503);

        Server database = Server.createTcpServer("-tcpPort", String.valueOf(PORT), "-ifNotExists").start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int status = 0;
            while (status != 201 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                status = given().contentType(ContentType.JSON).body(feedback).when().post(path).statusCode();
            }
            assertThat(status).as("feedback on the answer given while the database was down").isEqualTo(201);
            given().when().get("/q/health/group/records")
                    .then().statusCode(200)
                    .body("checks[0].data.schema", equalTo("current"));
        } finally {
            database.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
