package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against the packaged jar with room for one request in flight, held by a request whose body never
 * finishes: every other request is shed, cheaply and in the API's formats, on a connection that stays
 * open, while the probes answer. No timing is asserted (see BENCHMARKS.md, "Overload").
 */
class OverloadIT {

    private static final String DESCRIPTOR = "{\"rootCauses\": [\"FEAR\"]}";
    private static final String RECOMMENDATIONS = "/api/v1/recommendations";

    private static PackagedService service;
    private Socket holder;

    @BeforeAll
    static void start() throws Exception {
        service = new PackagedService("impasse.load-shedding.max-in-flight=1").start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @BeforeEach
    void fillTheOnlySlot() throws Exception {
        holder = holdARequestInFlight(service.port);
    }

    @AfterEach
    void freeTheSlot() throws IOException {
        holder.close();
    }

    @Test
    void aShedRecommendationIsAProblemWithRetryAfter() {
        given().port(service.port).filter(Contract.responseValidated())
                .contentType(ContentType.JSON).body(DESCRIPTOR)
                .when().post(RECOMMENDATIONS)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("2"))
                .body("status", equalTo(503))
                .body("type", equalTo("urn:impasse-advisor:problem:service-unavailable"));
    }

    @Test
    void aShedCdsHooksCallIsAnOperationOutcomeWithRetryAfter() {
        given().port(service.port).filter(Contract.responseValidated())
                .contentType(ContentType.JSON).body("{\"hook\": \"patient-view\"}")
                .when().post("/cds-services/impasse-advisor-patient-view")
                .then().statusCode(503)
                .contentType("application/fhir+json")
                .header("Retry-After", equalTo("2"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("transient"));
    }

    @Test
    void probesAnswerWhileRequestsAreShed() {
        given().port(service.port).contentType(ContentType.JSON).body(DESCRIPTOR)
                .when().post(RECOMMENDATIONS).then().statusCode(503);
        given().port(service.port).when().get("/q/health/live").then().statusCode(200);
        given().port(service.port).when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theConnectionStaysOpenAfterAShedAnswerAndServesOnceThereIsRoom() throws Exception {
        try (Socket client = new Socket("127.0.0.1", service.port)) {
            for (int i = 0; i < 3; i++) {
                Answer shed = post(client);
                assertThat(shed.status).isEqualTo(503);
                assertThat(shed.headers).containsEntry("retry-after", "2").doesNotContainKey("connection");
            }
            holder.close();
            Answer answer = post(client);
            for (int tries = 0; answer.status == 503 && tries < 50; tries++) { // the slot frees as the close is seen
                Thread.sleep(100);
                answer = post(client);
            }
            assertThat(answer.status).as("on the same connection, once the held request is gone").isEqualTo(200);
        }
    }

    @Test
    void closingTheConnectionAfterAShedAnswerIsAnOption() throws Exception {
        try (PackagedService closing = new PackagedService("impasse.load-shedding.max-in-flight=1",
                "impasse.load-shedding.close-connection=true").start();
                Socket held = holdARequestInFlight(closing.port);
                Socket client = new Socket("127.0.0.1", closing.port)) {
            Answer shed = post(client);
            assertThat(shed.status).isEqualTo(503);
            assertThat(shed.headers).containsEntry("retry-after", "2").containsEntry("connection", "close");
            assertThat(client.getInputStream().read()).as("end of stream: the service closed the connection")
                    .isEqualTo(-1);
        }
    }

    /**
     * Sends the headers and part of the body of a recommendation request, so it stays in flight until the
     * socket closes; returns once the service sheds another request, that is once this one holds the slot.
     */
    private static Socket holdARequestInFlight(int port) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + RECOMMENDATIONS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"rootCauses\":").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        for (int tries = 0; tries < 50; tries++) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                if (post(probe).status == 503) {
                    return socket;
                }
            }
            Thread.sleep(100);
        }
        socket.close();
        throw new IllegalStateException("the held request was not admitted within 5 s");
    }

    /** One keep-alive HTTP/1.1 request on the socket, and its answer read to the end of its body. */
    private static Answer post(Socket socket) throws IOException {
        byte[] body = DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + RECOMMENDATIONS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))); // the next answer starts after it
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed before the end of the answer's head");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private record Answer(int status, Map<String, String> headers) {
    }
}
