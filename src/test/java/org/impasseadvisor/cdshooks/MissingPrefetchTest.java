package org.impasseadvisor.cdshooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A prefetch key the EHR did not fill is read from its FHIR server, a real HTTP server here. */
@QuarkusTest
class MissingPrefetchTest {

    private HttpServer fhir;
    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFhirServer() throws Exception {
        String item9 = Charts.bundle(Charts.observation("44260-8", 2, "2026-11-20T09:00:00Z")).toString();
        String empty = Charts.bundle().toString();
        fhir = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fhir.createContext("/r4/", exchange -> {
            String query = exchange.getRequestURI().getRawPath().substring(4)
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            queries.add(query);
            tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int status = query.startsWith("Observation") && query.contains("70274-6") ? 500 : 200;
            byte[] body = (query.contains("44260-8") ? item9 : empty).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        fhir.start();
    }

    @AfterEach
    void stopFhirServer() {
        fhir.stop(0);
    }

    private ObjectNode callReading(String... missing) {
        ObjectNode call = Charts.call("Practitioner/example");
        call.put("fhirServer", "http://127.0.0.1:" + fhir.getAddress().getPort() + "/r4");
        call.putObject("fhirAuthorization").put("access_token", "secret-token").put("token_type", "Bearer")
                .put("expires_in", 300).put("scope", "patient/*.read").put("subject", "impasse-advisor");
        for (String key : missing) {
            ((ObjectNode) call.get("prefetch")).remove(key);
        }
        return call;
    }

    @Test
    void missingKeysAreReadWithTheGivenTokenAndUsed() {
        ObjectNode call = callReading("phq9item9", "pcl5");
        ((ObjectNode) call.get("prefetch")).set("phq9", Charts.F.objectNode().put("resourceType", "OperationOutcome"));
        JsonPath cards = CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, call, 200);
        assertThat(queries).containsExactlyInAnyOrder(
                "Observation?patient=1288992&code=http://loinc.org%7C44261-6&_sort=-date&_count=1",
                "Observation?patient=1288992&code=http://loinc.org%7C44260-8&_sort=-date&_count=1",
                "Observation?patient=1288992&code=http://loinc.org%7C101698-9&_sort=-date&_count=1");
        assertThat(tokens).containsOnly("Bearer secret-token");
        assertThat(cards.getString("cards[0].source.url")).endsWith("/safety-planning");
        assertThat(cards.getString("cards[0].indicator")).isEqualTo("warning");
    }

    @Test
    void aFailedReadIs412NamingTheKey() {
        JsonPath outcome = given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(callReading("gad7").toString()).when().post(CdsServicesTest.PATIENT_VIEW)
                .then().statusCode(412).contentType("application/fhir+json").extract().jsonPath();
        assertThat(outcome.getString("issue[0].diagnostics")).contains("gad7", "500").doesNotContain("secret-token");
    }

    @Test
    void nothingIsReadWhenThePrefetchIsComplete() {
        CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, callReading(), 200);
        assertThat(queries).isEmpty();
    }
}
