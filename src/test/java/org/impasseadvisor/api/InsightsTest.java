package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.engine.Strategy;
import org.junit.jupiter.api.Test;

/**
 * Insights count what was recommended and what clinicians reported. Each test looks only at the
 * period it made its own recommendations in, so other tests' records do not leak in.
 */
@QuarkusTest
class InsightsTest {

    private static final String DESCRIPTOR = """
            {"rootCauses": ["DISENGAGEMENT", "AMBIVALENCE"], "client": {"readiness": "CONTEMPLATION"}}""";

    private static void feedback(String recommendationId, String strategyId, String outcome, String reason) {
        String body = reason == null
                ? "{\"strategyId\": \"%s\", \"outcome\": \"%s\"}".formatted(strategyId, outcome)
                : "{\"strategyId\": \"%s\", \"outcome\": \"%s\", \"reason\": \"%s\"}".formatted(strategyId, outcome,
                        reason);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recommendations/" + recommendationId + "/feedback")
                .then().statusCode(201);
    }

    private static JsonPath insights(Instant from, String rootCause) {
        var request = given().filter(Contract.validated())
                .queryParam("from", from.toString())
                .queryParam("to", Instant.now().plus(1, ChronoUnit.HOURS).toString());
        if (rootCause != null) {
            request.queryParam("rootCause", rootCause);
        }
        return request.when().get("/api/v1/insights/strategies").then().statusCode(200).extract().jsonPath();
    }

    private static String strategy(JsonPath insights, String id, String field) {
        return insights.getString("strategies.find { it.strategyId == '" + id + "' }." + field);
    }

    @Test
    void countsAndRatesAddUpForAKnownSetOfFeedback() {
        Instant start = Instant.now().minusMillis(1);
        List<JsonPath> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(Recommendations.recommend(DESCRIPTOR));
        }
        String top = answers.get(0).getString("strategies[0].id");
        feedback(answers.get(0).getString("recommendationId"), top, "ACCEPTED", null);
        feedback(answers.get(1).getString("recommendationId"), top, "ACCEPTED", null);
        feedback(answers.get(2).getString("recommendationId"), top, "ACCEPTED", null);
        feedback(answers.get(3).getString("recommendationId"), top, "OVERRIDDEN", "CLIENT_DECLINED");
        feedback(answers.get(0).getString("recommendationId"), top, "RESOLVED", null);
        feedback(answers.get(1).getString("recommendationId"), top, "NOT_RESOLVED", null);
        feedback(answers.get(1).getString("recommendationId"), top, "NOT_RESOLVED", null);

        JsonPath insights = insights(start, null);
        assertThat(strategy(insights, top, "recommended")).isEqualTo("4");
        assertThat(strategy(insights, top, "accepted")).isEqualTo("3");
        assertThat(strategy(insights, top, "overridden")).isEqualTo("1");
        assertThat(strategy(insights, top, "resolved")).isEqualTo("1");
        assertThat(strategy(insights, top, "notResolved")).as("a repeated report counts once").isEqualTo("1");
        assertThat(Double.parseDouble(strategy(insights, top, "acceptanceRate"))).isEqualTo(0.75);
        assertThat(Double.parseDouble(strategy(insights, top, "resolutionRate"))).isEqualTo(0.5);
        assertThat(strategy(insights, top, "topOverrideReasons.reason")).isEqualTo("[CLIENT_DECLINED]");
    }

    @Test
    void rootCauseFilterCountsOnlyRecommendationsNamingIt() throws InterruptedException {
        Instant start = Instant.now().minusMillis(1);
        String top = Recommendations.recommend(DESCRIPTOR).getString("strategies[0].id");
        assertThat(writtenWithin(Duration.ofSeconds(5),
                () -> strategy(insights(start, "DISENGAGEMENT"), top, "recommended")))
                .as("counted once the batch writer has written the record").isEqualTo("1");
        assertThat(strategy(insights(start, "THERAPIST_SAFETY_CONCERN"), top, "recommended")).isEqualTo("0");
    }

    /** Records are written off the request path, within the flush interval: asks until the count is not 0. */
    private static String writtenWithin(Duration limit, Supplier<String> count) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String value = count.get();
        while ("0".equals(value) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            value = count.get();
        }
        return value;
    }

    @Test
    void everyCatalogStrategyIsListedEvenWithoutData() {
        JsonPath insights = insights(Instant.now().plus(30, ChronoUnit.MINUTES), null);
        assertThat(insights.getList("strategies.strategyId", String.class)).containsExactlyElementsOf(
                ImpasseCatalog.build().strategies().stream().map(Strategy::id).toList());
        assertThat(insights.getList("strategies.recommended", Integer.class)).containsOnly(0);
        assertThat(insights.getList("strategies.acceptanceRate")).as("no rate before any feedback")
                .containsOnlyNulls();
    }

    @Test
    void concurrentFeedbackFromManyThreadsAddsUpExactly() throws Exception {
        Instant start = Instant.now().minusMillis(1);
        int recommendations = 40;
        List<JsonPath> answers = new ArrayList<>();
        for (int i = 0; i < recommendations; i++) {
            answers.add(Recommendations.recommend(DESCRIPTOR));
        }
        String top = answers.get(0).getString("strategies[0].id");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (JsonPath answer : answers) {
                posts.add(pool.submit(() -> feedback(answer.getString("recommendationId"), top, "ACCEPTED", null)));
                posts.add(pool.submit(() -> feedback(answer.getString("recommendationId"), top, "RESOLVED", null)));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonPath insights = insights(start, null);
        assertThat(strategy(insights, top, "recommended")).isEqualTo(String.valueOf(recommendations));
        assertThat(strategy(insights, top, "accepted")).isEqualTo(String.valueOf(recommendations));
        assertThat(strategy(insights, top, "resolved")).isEqualTo(String.valueOf(recommendations));
    }

    @Test
    void badQueryIsAProblemNamingEachParameter() {
        given().filter(Contract.responseValidated())
                .queryParam("from", "last tuesday")
                .queryParam("rootCause", "BOREDOM")
                .when().get("/api/v1/insights/strategies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("from", "rootCause"));
    }
}
