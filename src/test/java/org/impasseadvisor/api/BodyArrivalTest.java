package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A body of declared length is read whole before the REST layer sees it, however it arrives: in pieces with
 * pauses between them, or after the client asked to continue and was told to (once); and those left to the REST
 * layer, longer than its input buffer or sent in chunks without a length, arrive intact too. Raw sockets, so
 * that the arrival is the test's to shape.
 */
@QuarkusTest
class BodyArrivalTest {

    private static final String BODY = "{\"rootCauses\": [\"FEAR\"], \"limit\": 2}";

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBodyArrivingInPiecesIsReadWhole() throws Exception {
        try (Socket socket = connected()) {
            send(socket, headers("Content-Length: " + BODY.length()));
            for (int at = 0; at < BODY.length(); at += 12) {
                Thread.sleep(100);
                send(socket, BODY.substring(at, Math.min(BODY.length(), at + 12)));
            }
            BufferedReader in = reader(socket);
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(bodyOf(in)).contains("\"strategies\"").contains("\"recommendationId\"");
        }
    }

    @Test
    void bodiesAsLongAsTheRestLayersInputBufferAndLongerArriveIntact() {
        List<String> unpadded = given().contentType(ContentType.JSON).body(BODY)
                .when().post("/api/v1/recommendations").then().statusCode(200).extract().path("strategies.id");
        assertThat(unpadded).isNotEmpty();
        for (int length : new int[] {10 * 1024 - 1, 10 * 1024, 10 * 1024 + 1, 40_000}) {
            String padded = BODY.substring(0, BODY.length() - 1) + " ".repeat(length - BODY.length()) + "}";
            given().contentType(ContentType.JSON).body(padded)
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(200).body("strategies.id", equalTo(unpadded));
        }
    }

    @Test
    void aClientThatAsksToContinueIsToldToOnce() throws Exception {
        try (Socket socket = connected()) {
            send(socket, headers("Expect: 100-continue\r\nContent-Length: " + BODY.length()));
            BufferedReader in = reader(socket);
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 100 Continue");
            assertThat(in.readLine()).isEmpty();
            send(socket, BODY);
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(bodyOf(in)).contains("\"strategies\"");
        }
    }

    @Test
    void aBodySentInChunksWithoutALengthArrivesIntact() throws Exception {
        try (Socket socket = connected()) {
            send(socket, headers("Transfer-Encoding: chunked"));
            int half = BODY.length() / 2;
            for (String chunk : List.of(BODY.substring(0, half), BODY.substring(half))) {
                Thread.sleep(100);
                send(socket, Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            }
            send(socket, "0\r\n\r\n");
            BufferedReader in = reader(socket);
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(bodyOf(in)).contains("\"strategies\"");
        }
    }

    private Socket connected() throws Exception {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A recommendation request's headers, with the body's framing header given. */
    private static String headers(String framing) {
        return "POST /api/v1/recommendations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + framing + "\r\n\r\n";
    }

    private static BufferedReader reader(Socket socket) throws Exception {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Skips the headers and reads the body of a length-declared answer. */
    private static String bodyOf(BufferedReader in) throws Exception {
        int length = -1;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        assertThat(length).as("the answer's Content-Length").isPositive();
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
            read += in.read(body, read, length - read);
        }
        return new String(body);
    }
}
