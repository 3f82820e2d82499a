package org.impasseadvisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing at the HTTP level, against the packaged jar: random and mutated JSON bodies — wrong types,
 * huge numbers, deep nesting, odd Unicode, duplicate keys, truncation, bytes that are not UTF-8 — never
 * get a 5xx, and every refusal is a problem JSON whose status matches the response.
 */
class HttpFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String VALID = """
            {"rootCauses": ["FEAR", "LOW_MOTIVATION"], "concerns": ["PTSD"],
             "client": {"ageGroup": "ADULT", "attendance": "VOLUNTARY", "readiness": "CONTEMPLATION",
                        "suicideRisk": "LOW", "culturalFactors": true},
             "alliance": {"srsTotal": 31.5, "ruptureMarkers": ["WITHDRAWAL"]},
             "progress": {"sessionsCompleted": 9, "weeksWithoutProgress": 5, "orsTrend": "FLAT"},
             "measures": {"phq9Total": 12, "phq9Item9": 0, "gad7Total": 8, "pcl5Total": 40},
             "therapist": {"trainedIn": ["EMDR"]}, "limit": 3}""";
    private static final List<String> NAMES = List.of("rootCauses", "concerns", "client", "alliance", "progress",
            "measures", "therapist", "limit", "ageGroup", "suicideRisk", "srsTotal", "phq9Item9", "trainedIn",
            "strategyId", "outcome", "reason", "comment", "__proto__", "", "rootCauses ");
    private static final List<String> ODD = List.of("FEAR", "fear", "FEAR\u0000", "\uD83D\uDE00", "\u202Eevil",
            "\uFEFF", "\\ud800", "\\udfff\\ud800", "\u00e9\u0301", "NaN", "Infinity", "-0", "1e400", "null",
            "\u0085\u2028\u2029", "A".repeat(500));

    private static PackagedService service;

    @BeforeContainer
    static void start() throws Exception {
        service = new PackagedService().start();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 250)
    void randomBodiesNeverGetA5xx(@ForAll("bodies") byte[] body, @ForAll("targets") String target) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder()
                        .uri(URI.create("http://127.0.0.1:" + service.port + target))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        assertThat(status).as("status for %s", new String(body, StandardCharsets.UTF_8)).isLessThan(500);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("type").asText()).startsWith("urn:impasse-advisor:problem:");
        }
    }

    @Provide
    Arbitrary<String> targets() {
        return Arbitraries.of("/api/v1/recommendations", "/api/v1/recommendations?explain=full",
                "/api/v1/recommendations/00000000-0000-4000-8000-000000000000/feedback");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return Arbitraries.oneOf(
                json(4).map(String::valueOf).map(HttpFuzzIT::utf8),
                mutatedValid().map(HttpFuzzIT::utf8),
                deepNesting().map(HttpFuzzIT::utf8),
                duplicateKeys().map(HttpFuzzIT::utf8),
                truncatedValid().map(HttpFuzzIT::utf8),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    /** Any JSON text: objects with known and odd names, arrays, strings, numbers of every size. */
    private static Arbitrary<String> json(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1", "1e400", "-1e-400", "99999999999999999999999",
                        "1.0000000000000000000001", "3.5", "2147483648", "-2147483649", "1E+2"),
                Arbitraries.strings().all().ofMaxLength(20).map(HttpFuzzIT::quote),
                Arbitraries.of(ODD).map(s -> "\"" + s.replace("\"", "") + "\""),
                Arbitraries.of("\"FEAR\"", "\"PTSD\"", "\"ADULT\"", "\"HIGH\"", "\"ACCEPTED\"", "\"safety-planning\""));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings().ofMaxLength(8))
                .map(HttpFuzzIT::quote);
        Arbitrary<String> member = Combinators.combine(name, Arbitraries.lazy(() -> json(depth - 1)))
                .as((n, v) -> n + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(5).map(m -> "{" + String.join(",", m) + "}");
        Arbitrary<String> array = Arbitraries.lazy(() -> json(depth - 1)).list().ofMaxSize(5)
                .map(items -> "[" + String.join(",", items) + "]");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf), net.jqwik.api.Tuple.of(4, object), net.jqwik.api.Tuple.of(2, array));
    }

    /** The valid descriptor with one field's value replaced by any JSON value. */
    private static Arbitrary<String> mutatedValid() {
        return Combinators.combine(Arbitraries.of(NAMES), json(2)).as((name, value) -> {
            String key = "\"" + name + "\":";
            int at = VALID.indexOf(key);
            if (at < 0) {
                return VALID.substring(0, VALID.length() - 1) + ", " + key + value + "}";
            }
            int start = at + key.length();
            int end = valueEnd(VALID, start);
            return VALID.substring(0, start) + " " + value + VALID.substring(end);
        });
    }

    private static Arbitrary<String> deepNesting() {
        return Combinators.combine(Arbitraries.integers().between(1, 3_000), Arbitraries.of("[", "{\"a\":"),
                Arbitraries.of(true, false)).as((depth, open, closed) -> {
                    String close = open.equals("[") ? "]" : "}";
                    return "{\"rootCauses\": " + open.repeat(depth) + "1" + (closed ? close.repeat(depth) : "") + "}";
                });
    }

    private static Arbitrary<String> duplicateKeys() {
        return Arbitraries.of(NAMES).map(name -> "{\"rootCauses\": [\"FEAR\"], \"" + name + "\": 1, \"" + name + "\": 2}");
    }

    private static Arbitrary<String> truncatedValid() {
        return Arbitraries.integers().between(0, VALID.length()).map(n -> VALID.substring(0, n));
    }

    /** Where the JSON value starting at {@code start} ends: the next comma or closing bracket at its depth. */
    private static int valueEnd(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String quote(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
