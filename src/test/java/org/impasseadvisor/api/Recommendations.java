package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Asks the running service for a recommendation, as a client would, through the contract filter. */
public final class Recommendations {

    private Recommendations() {
    }

    /** Posts a deliberately bad body; the problem answered must still match the contract. */
    public static ValidatableResponse postExpectingProblem(String body) {
        return given().filter(Contract.responseValidated())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recommendations")
                .then().contentType("application/problem+json");
    }

    public static JsonPath recommend(String descriptor) {
        return given().filter(Contract.validated())
                .contentType(ContentType.JSON).body(descriptor)
                .when().post("/api/v1/recommendations")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
