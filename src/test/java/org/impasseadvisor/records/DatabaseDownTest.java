package org.impasseadvisor.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.Test;

/**
 * With the database unreachable from the start, the service starts (the schema is migrated on first use),
 * recommendations are still answered (their records wait in the queue)
 * while feedback and insights answer 503 with Retry-After, and nothing is acknowledged. Records that
 * find the (here tiny) queue full are counted in a metric.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.Unreachable.class)
class DatabaseDownTest {

    /** Points the datasource at a port where no database listens. */
    public static class Unreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String kind = System.getProperty("quarkus.datasource.db-kind", "h2");
            String url = kind.equals("postgresql")
                    ? "jdbc:postgresql://127.0.0.1:9/unreachable"
                    : "jdbc:h2:tcp://127.0.0.1:9/unreachable";
            return Map.of(
                    "quarkus.datasource.jdbc.url", url,
                    "%test.quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S",
                    "impasse.records.queue-capacity", "2",
                    "impasse.records.shutdown-timeout", "PT1S");
        }
    }

    @Test
    void recommendationsAreStillAnswered() {
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .body("recommendationId", notNullValue());
    }

    @Test
    void recordsThatFindTheQueueFullAreCountedNotLostSilently() {
        for (int i = 0; i < 6; i++) {
            given().contentType(ContentType.JSON).body("{\"rootCauses\": [\"DENIAL\"]}")
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(200);
        }
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double queueFull = metrics.lines()
                .filter(line -> line.startsWith("impasse_records_failed_total{") && line.contains("queue_full"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
        assertThat(queueFull).as("records refused by the full queue, from %s", metrics.lines()
                .filter(line -> line.startsWith("impasse_records")).toList()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void feedbackIsRefusedWithRetryAfter() {
        String id = given().contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200).extract().path("recommendationId");
        String strategy = given().contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200).extract().path("strategies[0].id");
        given().filter(Contract.validated())
                .contentType(ContentType.JSON).body("{\"strategyId\": \"" + strategy + "\", \"outcome\": \"ACCEPTED\"}")
                .when().post("/api/v1/recommendations/" + id + "/feedback")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503));
    }

    @Test
    void insightsAreRefusedWithRetryAfter() {
        given().filter(Contract.validated())
                .when().get("/api/v1/insights/strategies")
                .then().statusCode(503)
                .header("Retry-After", notNullValue());
    }

    @Test
    void theServiceStartsAndTheRecordStoreHealthSaysTheSchemaIsNotMigrated() {
        given().when().get("/q/health/group/records")
                .then().statusCode(503)
                .body("checks[0].status", equalTo("DOWN"))
                .body("checks[0].data.schema", equalTo("not migrated yet"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
