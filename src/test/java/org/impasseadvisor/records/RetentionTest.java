package org.impasseadvisor.records;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import org.impasseadvisor.api.Recommendations;
import org.junit.jupiter.api.Test;

/** Records older than the retention cut-off go, with their feedback; newer ones stay. */
@QuarkusTest
class RetentionTest {

    private static final String DESCRIPTOR = "{\"rootCauses\": [\"UNMET_NEEDS\"]}";

    @Inject
    Retention retention;

    private static int feedback(JsonPath answer) {
        return given().contentType(ContentType.JSON)
                .body("{\"strategyId\": \"" + answer.getString("strategies[0].id") + "\", \"outcome\": \"ACCEPTED\"}")
                .when().post("/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback")
                .then().extract().statusCode();
    }

    @Test
    void purgeRemovesOnlyRecordsOlderThanTheCutoff() throws InterruptedException {
        JsonPath old = Recommendations.recommend(DESCRIPTOR);
        assertThat(feedback(old)).as("feedback on the old record, which writes it").isEqualTo(201);
        Thread.sleep(20);
        Instant cutoff = Instant.now();
        Thread.sleep(20);
        JsonPath recent = Recommendations.recommend(DESCRIPTOR);
        assertThat(feedback(recent)).isEqualTo(201);

        assertThat(retention.purgeOlderThan(cutoff)).isGreaterThanOrEqualTo(1);

        assertThat(feedback(old)).as("the purged recommendation is unknown").isEqualTo(404);
        assertThat(feedback(recent)).as("the recent one is kept").isEqualTo(201);
    }
}
