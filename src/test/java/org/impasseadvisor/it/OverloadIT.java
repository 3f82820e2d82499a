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
 * finishes: other requests wait in the queue while there is room in it and are shed beyond it, cheaply and
 * in the API's formats, on a connection that stays open, while the probes answer. No timing is asserted
 * (see BENCHMARKS.md, "Overload").
 */
class OverloadIT {

    private static final String DESCRIPTOR = "{\"rootCauses\": [\"FEAR\"]}";
    private static final String RECOMMENDATIONS = "/api/v1/recommendations";
    private static final String CDS_SERVICE = "/cds-services/impasse-advisor-patient-view";

    /** No queue: every request beyond the one in flight is shed at once. */
    private static PackagedService service;
    /** Room for one request to wait, as long as the test needs; connections closed after a shed answer. */
    private static PackagedService queueing;
    private Socket holder;

    @BeforeAll
    static void start() throws Exception {
        service = new PackagedService("impasse.load-shedding.max-in-flight=1", "impasse.load-shedding.queue-size=0",
                "impasse.load-shedding.worker.max-in-flight=1", "impasse.load-shedding.worker.queue-size=0").start();
        queueing = new PackagedService("impasse.load-shedding.max-in-flight=1", "impasse.load-shedding.queue-size=1",
                "impasse.load-shedding.queue-timeout=PT60S", "impasse.load-shedding.close-connection=true").start();
    }

    @AfterAll
    static void stop() {
        service.close();
        queueing.close();
    }

    @BeforeEach
    void fillTheOnlySlot() throws Exception {
        holder = holdARequestInFlight(service.port);
    }

    /** Frees the slot and waits until the service has seen it free, so the next test's holder is not shed. */
    @AfterEach
    void freeTheSlot() throws IOException, InterruptedException {
        if (holder != null) {
            holder.close();
        }
        awaitGauge(service.port, "impasse_requests_in_flight{threads=\"event-loop\"}", 0);
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

    /** A CDS Hooks call is served on a worker thread, so it is shed when the only worker slot is held. */
    @Test
    void aShedCdsHooksCallIsAnOperationOutcomeWithRetryAfter() throws Exception {
        try (Socket worker = holdARequestInFlight(service.port, CDS_SERVICE, "worker")) {
            given().port(service.port).filter(Contract.responseValidated())
                    .contentType(ContentType.JSON).body("{\"hook\": \"patient-view\"}")
                    .when().post(CDS_SERVICE)
                    .then().statusCode(503)
                    .contentType("application/fhir+json")
                    .header("Retry-After", equalTo("2"))
                    .body("resourceType", equalTo("OperationOutcome"))
                    .body("issue[0].code", equalTo("transient"));
        }
        awaitGauge(service.port, "impasse_requests_in_flight{threads=\"worker\"}", 0);
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
    void aRequestWaitsForRoomAndOneBeyondTheQueueIsShedOnAClosedConnectionWhenSoConfigured() throws Exception {
        try (Socket held = holdARequestInFlight(queueing.port);
                Socket waiting = new Socket("127.0.0.1", queueing.port);
                Socket beyond = new Socket("127.0.0.1", queueing.port)) {
            send(waiting);
            awaitGauge(queueing.port, "impasse_requests_waiting{threads=\"event-loop\"}", 1);
            send(beyond);
            Answer shed = read(beyond);
            assertThat(shed.status).isEqualTo(503);
            assertThat(shed.headers).containsEntry("retry-after", "2").containsEntry("connection", "close");
            assertThat(beyond.getInputStream().read()).as("end of stream: the service closed the connection")
                    .isEqualTo(-1);
            held.close();
            assertThat(read(waiting).status).as("the waiting request, once the one in flight is gone").isEqualTo(200);
        }
    }

    /** Holds a recommendation request in flight on an event loop (see the next method). */
    private static Socket holdARequestInFlight(int port) throws Exception {
        return holdARequestInFlight(port, RECOMMENDATIONS, "event-loop");
    }

    /**
     * Sends the headers and part of the body of a request to the path, so it stays in flight until the socket
     * closes; returns once the service counts it in flight on its threads ({@code event-loop} or {@code worker}).
     */
    private static Socket holdARequestInFlight(int port, String path, String threads) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"rootCauses\":").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        awaitGauge(port, "impasse_requests_in_flight{threads=\"" + threads + "\"}", 1);
        return socket;
    }

    /** Waits up to 10 s for a gauge of /q/metrics to read the value. */
    private static void awaitGauge(int port, String gauge, int value) throws InterruptedException {
        String expected = gauge + " " + value + ".0";
        for (int tries = 0; tries < 100; tries++) {
            String metrics = given().port(port).when().get("/q/metrics").then().statusCode(200).extract().asString();
            if (metrics.lines().anyMatch(expected::equals)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(gauge + " did not reach " + value + " within 10 s");
    }

    /** One keep-alive HTTP/1.1 request on the socket, and its answer. */
    private static Answer post(Socket socket) throws IOException {
        send(socket);
        return read(socket);
    }

    private static void send(Socket socket) throws IOException {
        byte[] body = DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + RECOMMENDATIONS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** An answer read to the end of its body, so the next one on the connection can be read. */
    private static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
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
