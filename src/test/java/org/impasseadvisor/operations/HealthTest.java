package org.impasseadvisor.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Liveness and readiness follow the recommendation path; the record store has its own group. */
@QuarkusTest
class HealthTest {

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessReportsTheEngineAndItsCatalog() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("recommendation-engine"))
                .body("checks.find { it.name == 'recommendation-engine' }.data.catalogHash", notNullValue());
    }

    @Test
    void readinessDoesNotDependOnTheRecordStore() {
        given().when().get("/q/health/ready")
                .then().body("checks.name", not(hasItem("record-store")));
    }

    @Test
    void theRecordStoreIsShownInItsOwnGroupOnceItsSchemaIsMigrated() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (given().when().get("/q/health/group/records").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(50); // the batch writer migrates the schema just after start
        }
        given().when().get("/q/health/group/records")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'record-store' }.data.schema", equalTo("current"))
                .body("checks.find { it.name == 'record-store' }.data.queueCapacity", notNullValue());
    }
}
