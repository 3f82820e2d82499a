package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Against the packaged jar: SIGTERM right after a burst of recommendations still writes every record
 * that was queued, so after a restart the insights count every recommendation answered.
 */
class GracefulShutdownIT {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 60;
    private static final String DESCRIPTOR = "{\"rootCauses\": [\"THERAPIST_COMPETENCE_GAP\"]}";

    @Test
    void sigtermWritesEveryQueuedRecord() throws Exception {
        try (PackagedService service = new PackagedService()) {
            service.start();
            Instant since = Instant.now().minusSeconds(1);
            String strategy = given().port(service.port).contentType(ContentType.JSON).body(DESCRIPTOR)
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(200).extract().path("strategies[0].id");
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> answered = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                answered.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < PER_THREAD; i++) {
                        given().port(service.port).contentType(ContentType.JSON).body(DESCRIPTOR)
                                .when().post("/api/v1/recommendations").then().statusCode(200);
                        ok++;
                    }
                    return ok;
                }));
            }
            int total = 1;
            for (Future<Integer> f : answered) {
                total += f.get();
            }
            pool.shutdown();
            service.process().destroy(); // SIGTERM
            assertThat(service.process().waitFor(40, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            assertThat(service.log()).doesNotContain("were not written before shutdown");

            service.start();
            int recommended = given().port(service.port).queryParam("from", since.toString())
                    .when().get("/api/v1/insights/strategies")
                    .then().statusCode(200).extract().jsonPath()
                    .getInt("strategies.find { it.strategyId == '" + strategy + "' }.recommended");
            assertThat(recommended).as("recorded recommendations after SIGTERM and restart").isEqualTo(total);
        }
    }
}
