package org.impasseadvisor.cdshooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.Test;

/** Card feedback is stored against the card's recommendation and strategy, and shows in insights. */
@QuarkusTest
class CardFeedbackTest {

    private static final String FEEDBACK = CdsServicesTest.PATIENT_VIEW + "/feedback";

    private static JsonPath cards(String rootCause) {
        ObjectNode call = Charts.callFor(Charts.JSON.valueToTree(Map.of("rootCauses", List.of(rootCause))));
        return CdsServicesTest.post(CdsServicesTest.PATIENT_VIEW, call, 200);
    }

    static ObjectNode item(String card, String outcome, String reasonSystem, String reason) {
        ObjectNode item = Charts.F.objectNode().put("card", card).put("outcome", outcome)
                .put("outcomeTimestamp", "2026-11-25T10:05:31Z");
        if (reason != null) {
            ObjectNode overrideReason = item.putObject("overrideReason").put("userComment", "free text, not kept");
            overrideReason.putObject("reason").put("system", reasonSystem).put("code", reason);
        }
        return item;
    }

    static ObjectNode body(ObjectNode... items) {
        ObjectNode body = Charts.F.objectNode();
        body.putArray("feedback").addAll(List.of(items));
        return body;
    }

    private static String insight(JsonPath insights, String strategyId, String field) {
        return insights.getString("strategies.find { it.strategyId == '" + strategyId + "' }." + field);
    }

    @Test
    void acceptedAndOverriddenCardsShowInInsights() {
        Instant from = Instant.now().minusMillis(1);
        JsonPath cards = cards("DENIAL");
        String first = cards.getString("cards[0].uuid");
        String second = cards.getString("cards[1].uuid");
        String firstId = cards.getString("cards[0].source.url").replaceAll(".*/", "");
        String secondId = cards.getString("cards[1].source.url").replaceAll(".*/", "");
        ObjectNode accepted = item(first, "accepted", null, null);
        accepted.putArray("acceptedSuggestions").addObject().put("id", cards.getString("cards[0].suggestions[0].uuid"));
        JsonPath stored = CdsServicesTest.post(FEEDBACK, body(accepted,
                item(second, "overridden", Charts.REASONS, "ALREADY_TRIED")), 200);
        assertThat(stored.getList("issue.severity")).containsOnly("information").hasSize(2);

        JsonPath insights = given().filter(Contract.validated()).queryParam("from", from.toString())
                .queryParam("to", Instant.now().plus(1, ChronoUnit.HOURS).toString())
                .when().get("/api/v1/insights/strategies").then().statusCode(200).extract().jsonPath();
        assertThat(insight(insights, firstId, "accepted")).isEqualTo("1");
        assertThat(insight(insights, secondId, "overridden")).isEqualTo("1");
        assertThat(insight(insights, secondId, "topOverrideReasons[0].reason")).isEqualTo("ALREADY_TRIED");
    }

    @Test
    void anUnknownCardIs404AndNothingOfTheBatchIsStored() {
        Instant from = Instant.now().minusMillis(1);
        String card = cards("PERSONALITY_MISMATCH").getString("cards[0].uuid");
        JsonPath outcome = given().filter(Contract.validated()).contentType(ContentType.JSON)
                .body(body(item(card, "accepted", null, null),
                        item(UUID.randomUUID().toString(), "accepted", null, null)).toString())
                .when().post(FEEDBACK).then().statusCode(404).contentType("application/fhir+json")
                .extract().jsonPath();
        assertThat(outcome.getString("issue[0].diagnostics")).startsWith("feedback[1]:");
        JsonPath insights = given().queryParam("from", from.toString())
                .when().get("/api/v1/insights/strategies").then().statusCode(200).extract().jsonPath();
        assertThat(insights.getList("strategies.accepted", Integer.class)).containsOnly(0);
    }

    @Test
    void malformedItemsAre400NamingEachItem() {
        String card = cards("LACK_OF_CONNECTION").getString("cards[0].uuid");
        JsonPath outcome = given().filter(Contract.responseValidated()).contentType(ContentType.JSON)
                .body(body(item(card, "rejected", null, null), item("not-a-uuid", "accepted", null, null),
                        item(card, "overridden", Charts.REASONS, "NO_SUCH_REASON")).toString())
                .when().post(FEEDBACK).then().statusCode(400).extract().jsonPath();
        assertThat(outcome.getList("issue.diagnostics", String.class)).hasSize(3)
                .anySatisfy(d -> assertThat(d).startsWith("feedback[0]:").contains("outcome"))
                .anySatisfy(d -> assertThat(d).startsWith("feedback[1]:").contains("card"))
                .anySatisfy(d -> assertThat(d).startsWith("feedback[2]:").contains("NO_SUCH_REASON"));
    }

    @Test
    void aSingleObjectInsteadOfTheArrayIs400() {
        String card = cards("FEAR").getString("cards[0].uuid");
        given().filter(Contract.responseValidated()).contentType(ContentType.JSON)
                .body(item(card, "accepted", null, null).toString())
                .when().post(FEEDBACK).then().statusCode(400).contentType("application/fhir+json");
    }
}
