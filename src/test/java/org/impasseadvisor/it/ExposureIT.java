package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Against the packaged jar: without authentication it listens on loopback only and says so; told to
 * listen on every interface without authentication it refuses to start; with authentication configured
 * as the README shows (a PEM public key, tokens from tools/make-token.sh) it serves every interface.
 */
class ExposureIT {

    private static final Path PUBLIC_KEY = Path.of("src/test/resources/test-keys/public.pem").toAbsolutePath();
    private static final Path PRIVATE_KEY = Path.of("src/test/resources/test-keys/private.pem").toAbsolutePath();
    private static final String ISSUER = "https://issuer.example.test";

    @Test
    void withoutAuthenticationItListensOnLoopbackOnlyAndSaysSo() throws Exception {
        try (PackagedService service = new PackagedService()) {
            service.start();
            assertThat(service.log()).contains("Listening on: http://127.0.0.1:" + service.port)
                    .contains("Authentication is not configured, so the service listens on 127.0.0.1 (loopback) only");
        }
    }

    @Test
    void withoutAuthenticationItRefusesEveryInterface() throws Exception {
        try (PackagedService service = new PackagedService("quarkus.http.host=0.0.0.0")) {
            Process process = service.launch();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("exited").isTrue();
            assertThat(process.exitValue()).isNotZero();
            assertThat(service.log()).contains("Refusing to listen on 0.0.0.0 without authentication");
        }
    }

    @Test
    void withAuthenticationItServesEveryInterfaceToTokenHolders() throws Exception {
        try (PackagedService service = new PackagedService("quarkus.http.host=0.0.0.0", "impasse.auth.enabled=true",
                "mp.jwt.verify.publickey.location=" + PUBLIC_KEY, "mp.jwt.verify.issuer=" + ISSUER)) {
            service.start();
            String token = makeToken("impasse.recommend");
            given().port(service.port).contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                    .when().post("/api/v1/recommendations").then().statusCode(401);
            given().port(service.port).header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                    .when().post("/api/v1/recommendations").then().statusCode(200);
            assertThat(service.log()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
        }
    }

    private static String makeToken(String roles) throws Exception {
        Process script = new ProcessBuilder("sh", "tools/make-token.sh", PRIVATE_KEY.toString(), ISSUER,
                "clinic-app", roles, "300").redirectErrorStream(true).start();
        String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(script.waitFor()).as(out).isZero();
        return out;
    }
}
