package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.impasseadvisor.catalog.ImpasseCatalog;
import org.impasseadvisor.descriptor.RootCause;
import org.junit.jupiter.api.Test;

/** The catalog endpoints list the shipped catalog as data, with its vocabulary. */
@QuarkusTest
class CatalogResourceTest {

    @Test
    void catalogHasVersionHashVocabularyAndEveryRule() {
        JsonPath catalog = given().filter(Contract.validated())
                .when().get("/api/v1/catalog")
                .then().statusCode(200)
                .body("version", equalTo(ImpasseCatalog.VERSION))
                .body("hash", matchesPattern("[0-9a-f]{64}"))
                .body("vocabulary", hasKey("rootCauses"))
                .body("vocabulary", hasKey("client.suicideRisk"))
                .body("rules.condition", everyItem(not(emptyOrNullString())))
                .body("rules.rationale", everyItem(not(emptyOrNullString())))
                .extract().jsonPath();
        assertThat(catalog.getList("vocabulary.rootCauses.value", String.class))
                .containsExactly(java.util.Arrays.stream(RootCause.values()).map(Enum::name).toArray(String[]::new));
        assertThat(catalog.getList("vocabulary.rootCauses.label", String.class)).doesNotContainNull();
        assertThat(catalog.getList("rules.id", String.class)).hasSize(ImpasseCatalog.build().rules().size());
    }

    @Test
    void strategiesAreListedInDeclaredOrder() {
        List<String> ids = given().filter(Contract.validated())
                .when().get("/api/v1/strategies")
                .then().statusCode(200)
                .extract().jsonPath().getList("strategies.id", String.class);
        assertThat(ids).containsExactlyElementsOf(
                ImpasseCatalog.build().strategies().stream().map(s -> s.id()).toList());
    }

    @Test
    void oneStrategyComesWithTheRulesThatLeadToIt() {
        String id = ImpasseCatalog.build().strategies().get(0).id();
        given().filter(Contract.validated())
                .when().get("/api/v1/strategies/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("rules.strategyId", everyItem(equalTo(id)));
    }

    @Test
    void unknownStrategyIsANotFoundProblem() {
        given().filter(Contract.validated())
                .when().get("/api/v1/strategies/no-such-strategy")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", org.hamcrest.Matchers.containsString("no-such-strategy"));
    }

    @Test
    void everyVocabularyValueHasALabelAndADescription() {
        JsonPath catalog = given().filter(Contract.validated())
                .when().get("/api/v1/catalog").then().statusCode(200).extract().jsonPath();
        for (String field : List.of("rootCauses", "concerns", "client.ageGroup", "client.attendance",
                "client.readiness", "client.suicideRisk", "alliance.ruptureMarkers", "progress.orsTrend",
                "therapist.trainedIn")) {
            List<String> descriptions = catalog.getList("vocabulary.'" + field + "'.description", String.class);
            assertThat(descriptions).as(field).isNotEmpty().allSatisfy(d -> assertThat(d).isNotBlank());
        }
        assertThat(catalog.getList("vocabulary.'client.suicideRisk'.value", String.class))
                .containsExactly("NONE", "LOW", "MODERATE", "HIGH", "IMMINENT");
        assertThat(catalog.getList("rules.kind", String.class)).contains("SCORE");
        assertThat(catalog.getList("strategies.id", String.class)).isNotEmpty();
    }
}
