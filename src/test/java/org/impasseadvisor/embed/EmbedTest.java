package org.impasseadvisor.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.impasseadvisor.api.Contract;
import org.junit.jupiter.api.Test;

/**
 * The web component's script is one self-contained ES module at a stable address, loadable from the API's
 * browser origins; {@code /} is the demo page that shows it.
 */
@QuarkusTest
class EmbedTest {

    @Test
    void theComponentIsOneModuleThatImportsNothing() {
        String script = given().filter(Contract.validated()).when().get("/embed/impasse-advisor.js")
                .then().statusCode(200).contentType(containsString("text/javascript"))
                .header("ETag", containsString("app-"))
                .extract().asString();
        assertThat(script).contains("customElements.define(\"impasse-advisor\"")
                .doesNotContainPattern("\\bimport\\s*[\"'{(]")
                .doesNotContainPattern("from\\s*[\"']")
                .doesNotContain("sourceMappingURL");
    }

    @Test
    void anAppOriginMayLoadTheComponent() {
        given().filter(Contract.validated()).header("Origin", "https://notes.example")
                .when().get("/embed/impasse-advisor.js")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://notes.example"));
    }

    @Test
    void theScriptIsCompressedForBrowsersThatAcceptIt() {
        given().header("Accept-Encoding", "gzip").when().get("/embed/impasse-advisor.js")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void theHomePageShowsTheComponentAndLinksToTheContract() {
        given().when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<impasse-advisor"))
                .body(containsString("src=\"/embed/impasse-advisor.js\""))
                .body(containsString("href=\"/q/swagger-ui\""))
                .body(containsString("href=\"/q/openapi\""));
    }
}
