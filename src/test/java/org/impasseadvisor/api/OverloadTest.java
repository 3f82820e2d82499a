package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forced overload: with room for one request in flight on the event loops and one on worker threads, a
 * request arriving while another of its kind is in flight waits in the queue for the queue timeout, then is
 * shed with a 503 and Retry-After, while health probes, and requests of the other kind, still answer.
 */
@QuarkusTest
@TestProfile(OverloadTest.LimitOfOne.class)
class OverloadTest {

    public static class LimitOfOne implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("impasse.load-shedding.max-in-flight", "1", "impasse.load-shedding.worker.max-in-flight", "1");
        }
    }

    private static final String CDS_CALL = "/cds-services/impasse-advisor-patient-view";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aRequestBeyondTheLimitIsShedWithRetryAfter() throws Exception {
        try (Socket slow = new Socket(root.getHost(), root.getPort())) {
            holdARequestInFlight(slow);
            given().filter(Contract.responseValidated())
                    .contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("2"))
                    .body("status", equalTo(503))
                    .body("type", equalTo("urn:impasse-advisor:problem:service-unavailable"));
            given().when().get("/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    void requestsAreServedAgainOnceTheLoadIsGone() throws Exception {
        try (Socket slow = new Socket(root.getHost(), root.getPort())) {
            holdARequestInFlight(slow);
        }
        assertThat(recommendationStatusWithin5Seconds()).isEqualTo(200);
    }

    @Test
    void aBlockingCallBeyondTheWorkerBoundIsShedWhileRecommendationsAreStillServed() throws Exception {
        try (Socket slow = new Socket(root.getHost(), root.getPort())) {
            holdARequestInFlight(slow, CDS_CALL);
            given().contentType(ContentType.JSON).body("{\"hook\": \"patient-view\"}")
                    .when().post(CDS_CALL)
                    .then().statusCode(503)
                    .contentType("application/fhir+json")
                    .header("Retry-After", equalTo("2"))
                    .body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("transient"));
            assertThat(recommendationStatusWithin5Seconds()).as("a recommendation, on the event loops").isEqualTo(200);
        }
    }

    private static int recommendationStatusWithin5Seconds() {
        long deadline = System.currentTimeMillis() + 5_000;
        int status;
        do {
            status = given().contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                    .when().post("/api/v1/recommendations").statusCode();
        } while (status == 503 && System.currentTimeMillis() < deadline);
        return status;
    }

    private static void holdARequestInFlight(Socket socket) throws Exception {
        holdARequestInFlight(socket, "/api/v1/recommendations");
    }

    /** Sends the headers and half the body of a request, so it stays in flight until the socket closes. */
    private static void holdARequestInFlight(Socket socket, String path) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"rootCauses\":")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Thread.sleep(300);
    }
}
