package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalog reads carry the catalog hash as ETag, answer a matching If-None-Match with 304, and are
 * gzipped for clients that accept it; the recommendation answer is not compressed.
 */
@QuarkusTest
class CatalogCachingTest {

    private static String hash() {
        return given().filter(Contract.validated()).when().get("/api/v1/catalog")
                .then().statusCode(200).extract().path("hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalog", "/api/v1/strategies"})
    void carriesTheCatalogHashAsETagAndMayBeCached(String path) {
        given().filter(Contract.validated()).when().get(path)
                .then().statusCode(200)
                .header("ETag", equalTo("\"" + hash() + "\""))
                .header("Cache-Control", equalTo("max-age=300"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalog", "/api/v1/strategies"})
    void aMatchingIfNoneMatchIsNotModified(String path) {
        given().filter(Contract.validated()).header("If-None-Match", "\"" + hash() + "\"")
                .when().get(path)
                .then().statusCode(304).body(emptyString())
                .header("ETag", equalTo("\"" + hash() + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalog", "/api/v1/strategies"})
    void anOldETagGetsTheWholeCatalog(String path) {
        given().filter(Contract.validated()).header("If-None-Match", "\"" + "0".repeat(64) + "\"")
                .when().get(path)
                .then().statusCode(200).body("catalog.hash", path.endsWith("catalog") ? nullValue() : equalTo(hash()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/catalog", "/api/v1/strategies"})
    void isGzippedWhenTheClientAcceptsIt(String path) {
        String encoding = given().config(noDecoding()).header("Accept-Encoding", "gzip")
                .when().get(path).then().statusCode(200).extract().header("Content-Encoding");
        assertThat(encoding).isEqualTo("gzip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DISENGAGEMENT", "FEAR"})
    void theRecommendationIsNotCompressed(String rootCause) {
        String encoding = given().config(noDecoding()).header("Accept-Encoding", "gzip")
                .contentType(ContentType.JSON).body("{\"rootCauses\": [\"" + rootCause + "\"]}")
                .when().post("/api/v1/recommendations").then().statusCode(200).extract().header("Content-Encoding");
        assertThat(encoding).isNull();
    }

    private static RestAssuredConfig noDecoding() {
        return RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    }
}
