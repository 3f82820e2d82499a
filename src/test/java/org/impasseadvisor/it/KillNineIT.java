package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against the packaged jar: feedback acknowledged with 201 is still there after the process is killed
 * with SIGKILL and started again. Runs on the datasource the jar was built for (H2 file by default, or
 * the PostgreSQL given by -Dquarkus.datasource.jdbc.url).
 */
class KillNineIT {

    private PackagedService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void acknowledgedFeedbackSurvivesKillNine() throws Exception {
        service = new PackagedService().start();
        Instant since = Instant.now().minusSeconds(1);
        int acknowledged = 0;
        String strategy = null;
        for (int i = 0; i < 10; i++) {
            JsonPath answer = given().port(service.port).contentType(ContentType.JSON)
                    .body("{\"rootCauses\": [\"COUNTERTRANSFERENCE\", \"STALLED_PROGRESS\"]}")
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(200).extract().jsonPath();
            strategy = answer.getString("strategies[0].id");
            given().port(service.port).contentType(ContentType.JSON)
                    .body("{\"strategyId\": \"" + strategy + "\", \"outcome\": \"ACCEPTED\"}")
                    .when().post("/api/v1/recommendations/" + answer.getString("recommendationId") + "/feedback")
                    .then().statusCode(201);
            acknowledged++;
        }
        service.process().destroyForcibly().waitFor();

        service.start(); // the same working directory, so the same H2 file
        JsonPath insights = given().port(service.port)
                .queryParam("from", since.toString())
                .when().get("/api/v1/insights/strategies")
                .then().statusCode(200).extract().jsonPath();
        int accepted = insights.getInt("strategies.find { it.strategyId == '" + strategy + "' }.accepted");
        assertThat(accepted).isGreaterThanOrEqualTo(acknowledged);
    }
}
