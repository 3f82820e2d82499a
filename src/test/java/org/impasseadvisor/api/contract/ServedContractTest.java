package org.impasseadvisor.api.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/openapi} is {@code openapi.yaml} as data, in YAML and in JSON: nothing rewritten, nothing
 * added, so a client generated from the served contract is the one generated from the file.
 */
@QuarkusTest
class ServedContractTest {

    private static JsonNode file() throws IOException {
        return new YAMLMapper().readTree(new File("openapi.yaml"));
    }

    @Test
    void theYamlServedIsTheFile() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        assertThat(new YAMLMapper().readTree(served)).isEqualTo(file());
    }

    @Test
    void theJsonServedIsTheFile() throws IOException {
        String served = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        assertThat(new ObjectMapper().readTree(served)).isEqualTo(file());
    }
}
