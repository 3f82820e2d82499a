package org.impasseadvisor.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract's examples speak of the catalog the service runs: every catalog version and hash is the
 * current one, every strategy and rule id exists, and the default request example is an ordinary case.
 * Everything is read from {@code GET /api/v1/catalog}, so a new catalog only means updating the examples
 * this test names.
 */
@QuarkusTest
class ExamplesMatchCatalogTest {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> STRATEGY_KEYS = Set.of("strategyId");
    private static final Set<String> RULE_KEYS = Set.of("ruleId");

    private JsonNode spec;
    private JsonNode catalog;
    private final Set<String> strategies = new HashSet<>();
    private final Set<String> rules = new HashSet<>();
    private final Set<String> alertCodes = new HashSet<>();

    @BeforeEach
    void read() throws IOException {
        spec = new YAMLMapper().readTree(new File("openapi.yaml"));
        catalog = new ObjectMapper().readTree(given().filter(Contract.validated())
                .when().get("/api/v1/catalog").then().statusCode(200).extract().asString());
        catalog.get("strategies").forEach(s -> strategies.add(s.get("id").asText()));
        catalog.get("rules").forEach(r -> rules.add(r.get("id").asText()));
        catalog.get("alerts").forEach(a -> {
            rules.add(a.get("id").asText());
            alertCodes.add(a.get("code").asText());
        });
    }

    @Test
    void everyExampleNamesTheCurrentCatalogAndItsIds() {
        List<String> stale = new ArrayList<>();
        List<JsonNode> examples = new ArrayList<>();
        collectExamples(spec, examples);
        assertThat(examples).as("examples in openapi.yaml").isNotEmpty();
        for (JsonNode example : examples) {
            check(example, "", stale);
        }
        assertThat(stale).as("examples in openapi.yaml that do not match GET /api/v1/catalog (version %s, hash %s)",
                catalog.get("version").asText(), catalog.get("hash").asText()).isEmpty();
    }

    @Test
    void theDefaultRequestExampleIsAnOrdinaryCase() {
        JsonNode examples = spec.at("/paths/~1api~1v1~1recommendations/post/requestBody/content/application~1json/examples");
        JsonNode first = examples.elements().next().get("value");
        assertThat(first.path("client").path("suicideRisk").asText("NONE")).isIn("NONE", "LOW");
        assertThat(first.path("measures").path("phq9Item9").asInt(0)).isZero();
        String answer = given().filter(Contract.validated()).contentType("application/json").body(first.toString())
                .when().post("/api/v1/recommendations").then().statusCode(200).extract().asString();
        assertThat(answer).as("alerts raised by the default example").doesNotContain("\"alerts\":[{");
    }

    private static void collectExamples(JsonNode node, List<JsonNode> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("example")) {
                    found.add(field.getValue());
                } else if (field.getKey().equals("examples") && field.getValue().isObject()) {
                    field.getValue().forEach(e -> found.add(e.has("value") ? e.get("value") : e));
                } else {
                    collectExamples(field.getValue(), found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectExamples(n, found));
        }
    }

    private void check(JsonNode node, String key, List<String> stale) {
        if (node.isTextual()) {
            String text = node.asText();
            if (HASH.matcher(text).matches() && !text.equals(catalog.get("hash").asText())) {
                stale.add("catalog hash " + text);
            }
            if (STRATEGY_KEYS.contains(key) && !strategies.contains(text)) {
                stale.add("strategy id " + text);
            }
            if (RULE_KEYS.contains(key) && !rules.contains(text)) {
                stale.add("rule id " + text);
            }
            return;
        }
        if (node.isObject()) {
            if (node.has("hash") && node.has("version") && HASH.matcher(node.get("hash").asText()).matches()
                    && !node.get("version").asText().equals(catalog.get("version").asText())) {
                stale.add("catalog version " + node.get("version").asText());
            }
            if (node.has("steps") && node.has("id") && !strategies.contains(node.get("id").asText())) {
                stale.add("strategy id " + node.get("id").asText());
            }
            if ((node.has("rationale") || node.has("kind") || node.has("condition")) && node.has("id")
                    && !rules.contains(node.get("id").asText())) {
                stale.add("rule id " + node.get("id").asText());
            }
            if (node.path("resourceType").asText().equals("Questionnaire")
                    && !node.path("version").asText().equals(catalog.get("version").asText())) {
                stale.add("Questionnaire version " + node.path("version").asText());
            }
            if (node.has("severity") && node.has("code") && node.has("strategyId") && !alertCodes.contains(node.get("code").asText())) {
                stale.add("alert code " + node.get("code").asText());
            }
            node.fields().forEachRemaining(f -> check(f.getValue(), f.getKey(), stale));
        } else if (node.isArray()) {
            node.forEach(n -> check(n, key, stale));
        }
    }
}
