package org.impasseadvisor.cdshooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Browsers (the public CDS Hooks sandbox) may call from the configured origin. A preflight is an
 * OPTIONS request the contract does not describe, so these calls skip the contract filter.
 */
@QuarkusTest
class CorsTest {

    @Test
    void theSandboxOriginMayPostWithAuthorization() {
        given().header("Origin", "https://sandbox.cds-hooks.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .when().options(CdsServicesTest.PATIENT_VIEW)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://sandbox.cds-hooks.org"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://rogue.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options(CdsServicesTest.PATIENT_VIEW)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
