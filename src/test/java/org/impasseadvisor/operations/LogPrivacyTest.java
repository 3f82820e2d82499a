package org.impasseadvisor.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a caller sends never reaches the logs, even at DEBUG, and every line logged for a request
 * carries its request id.
 */
@QuarkusTest
class LogPrivacyTest {

    private static final String MARKER = "Zq9Marker";
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");
    private final Logger app = Logger.getLogger("org.impasseadvisor");
    private Level appLevel;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        appLevel = app.getLevel();
        app.setLevel(Level.FINEST);
        root.addHandler(capture);
    }

    @AfterEach
    void release() {
        root.removeHandler(capture);
        app.setLevel(appLevel);
    }

    @Test
    void descriptorsAndFeedbackNeverReachTheLogs() {
        given().header("X-Request-Id", "privacy-1").contentType(ContentType.JSON)
                .body("{\"rootCauses\": [\"" + MARKER + "\"], \"" + MARKER + "\": \"" + MARKER + "\","
                        + " \"client\": {\"suicideRisk\": \"" + MARKER + "\"}}")
                .when().post("/api/v1/recommendations").then().statusCode(400);
        given().header("X-Request-Id", "privacy-2").contentType(ContentType.JSON).body("{\"" + MARKER + "\": [")
                .when().post("/api/v1/recommendations").then().statusCode(400);
        JsonPath answer = given().header("X-Request-Id", "privacy-3").contentType(ContentType.JSON)
                .body("{\"rootCauses\": [\"FEAR\"], \"client\": {\"suicideRisk\": \"HIGH\"}}")
                .when().post("/api/v1/recommendations").then().statusCode(200).extract().jsonPath();
        given().header("X-Request-Id", "privacy-4").contentType(ContentType.JSON)
                .body("{\"strategyId\": \"" + answer.getString("strategies[0].id") + "\", \"outcome\": \"OVERRIDDEN\","
                        + " \"reason\": \"OTHER\", \"comment\": \"" + MARKER + "\"}")
                .when().post("/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback")
                .then().statusCode(201);
        given().header("X-Request-Id", "privacy-5").contentType(ContentType.JSON)
                .body("{\"strategyId\": \"" + MARKER + "\", \"outcome\": \"ACCEPTED\"}")
                .when().post("/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback")
                .then().statusCode(409);

        assertThat(records).as("log records written while serving").isNotEmpty();
        for (ExtLogRecord record : records) {
            assertThat(String.valueOf(record.getFormattedMessage()) + record.getThrown())
                    .doesNotContain(MARKER).doesNotContain("HIGH");
        }
    }

    @Test
    void everyLineLoggedForARequestCarriesItsId() {
        given().header("X-Request-Id", "traced-request-9").contentType(ContentType.JSON).body("[1, 2")
                .when().post("/api/v1/recommendations").then().statusCode(400);
        List<ExtLogRecord> problems = records.stream()
                .filter(r -> r.getLoggerName().startsWith("org.impasseadvisor")).toList();
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(r -> assertThat(r.getMdc("requestId")).isEqualTo("traced-request-9"));
    }
}
