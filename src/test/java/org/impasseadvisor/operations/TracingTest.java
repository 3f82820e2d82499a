package org.impasseadvisor.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With tracing switched on by configuration, a recommendation joins the caller's W3C trace and its span
 * carries the route, never the descriptor.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    /** Switches the SDK on and exports to memory only. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:9");
        }
    }

    /** An exporter the test can read; Quarkus hands spans to every SpanExporter bean. */
    @Singleton
    static class Exporter {
        @Produces
        @Singleton
        InMemorySpanExporter inMemory() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aRecommendationJoinsTheCallersTrace() throws InterruptedException {
        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"], \"concerns\": [\"PTSD\"]}")
                .when().post("/api/v1/recommendations")
                .then().statusCode(200);
        List<SpanData> joined = List.of();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (joined.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            joined = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(TRACE_ID)).toList();
        }
        assertThat(joined).as("spans of the caller's trace").isNotEmpty();
        assertThat(joined).allSatisfy(span -> assertThat(span.getAttributes().toString()).doesNotContain("PTSD"));
    }
}
