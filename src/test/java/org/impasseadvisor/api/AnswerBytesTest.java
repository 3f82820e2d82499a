package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers are written byte for byte as they always were: the field order, the number format and the escaping
 * included, which the contract's schemas do not fix. Each golden file under {@code answers/} is an answer of the
 * service with its recommendation id replaced by {@value #ID}; the every-part answer carries alerts, withheld
 * strategies, the summary and the trace. A change to the catalog changes its hash and texts, and so these files.
 */
@QuarkusTest
class AnswerBytesTest {

    private static final String ID = "00000000-0000-7000-8000-000000000000";
    private static final String EVERY_PART = """
            {"rootCauses": ["FEAR", "DECEPTION"], "concerns": ["PTSD"],
             "client": {"ageGroup": "ADULT", "attendance": "PARTNER_INSISTED", "suicideRisk": "HIGH"},
             "alliance": {"srsTotal": 34, "ruptureMarkers": ["WITHDRAWAL"]},
             "progress": {"sessionsCompleted": 9, "orsTrend": "FLAT"},
             "therapist": {"trainedIn": ["EMDR"]}, "limit": 4}""";

    @ParameterizedTest
    @CsvSource({
            "typical, none, typical.json",
            "typical, summary, typical-summary.json",
            "every part, full, every-part-full.json"})
    void anAnswerIsWrittenAsItAlwaysWas(String descriptor, String explain, String golden) throws IOException {
        String body = descriptor.equals("typical") ? Files.readString(Path.of("bench/typical.json")) : EVERY_PART;
        String answer = given().filter(Contract.validated())
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recommendations?explain=" + explain)
                .then().statusCode(200)
                .extract().asString();

        assertThat(answer.replaceFirst("^\\{\"recommendationId\":\"[0-9a-f-]{36}\"", "{\"recommendationId\":\"" + ID + "\""))
                .isEqualTo(golden(golden));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = AnswerBytesTest.class.getResourceAsStream("/answers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
