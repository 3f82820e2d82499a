package org.impasseadvisor.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every path and method in {@code openapi.yaml} is served: called with the contract's own examples,
 * none answers 405 or the 404 of a path the service does not have.
 */
@QuarkusTest
class OpenApiCoverageTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @TestFactory
    Stream<DynamicTest> everyOperationInTheContractIsAnswered() throws IOException {
        JsonNode spec = new YAMLMapper().readTree(new File("openapi.yaml"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    tests.add(DynamicTest.dynamicTest(method.toUpperCase() + " " + path.getKey(),
                            () -> assertServed(spec, path.getKey(), path.getValue(), method, operation)));
                }
            }
        }
        assertThat(tests).as("operations in openapi.yaml").isNotEmpty();
        return tests.stream();
    }

    private static void assertServed(JsonNode spec, String path, JsonNode pathItem, String method,
            JsonNode operation) {
        RequestSpecification request = given().filter(Contract.responseValidated());
        String concrete = path;
        for (JsonNode parameter : parameters(spec, pathItem, operation)) {
            JsonNode example = example(spec, parameter);
            if (parameter.path("in").asText().equals("path")) {
                assertThat(example).as("example of path parameter %s", parameter.path("name").asText()).isNotNull();
                concrete = concrete.replace("{" + parameter.path("name").asText() + "}", example.asText());
            }
        }
        JsonNode json = operation.path("requestBody").path("content").path("application/json");
        if (!json.isMissingNode()) {
            JsonNode body = requestExample(spec, json);
            assertThat(body).as("request example of %s %s", method, path).isNotNull();
            request = request.contentType("application/json").body(body.toString());
        }
        Response response = request.when().request(method.toUpperCase(), concrete);
        assertThat(response.statusCode()).as("%s %s", method, concrete).isNotEqualTo(405);
        if (response.statusCode() == 404) {
            assertThat(response.jsonPath().getString("detail")).as("%s %s answered a 404 of its own", method, concrete)
                    .isNotEqualTo("No resource at this path.");
        }
    }

    private static List<JsonNode> parameters(JsonNode spec, JsonNode pathItem, JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> parameters.add(resolve(spec, p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(spec, p)));
        return parameters;
    }

    private static JsonNode example(JsonNode spec, JsonNode parameter) {
        if (parameter.has("example")) {
            return parameter.get("example");
        }
        JsonNode schema = resolve(spec, parameter.path("schema"));
        return schema.has("example") ? schema.get("example") : null;
    }

    private static JsonNode requestExample(JsonNode spec, JsonNode mediaType) {
        if (mediaType.has("example")) {
            return mediaType.get("example");
        }
        if (mediaType.has("examples")) {
            return resolve(spec, mediaType.get("examples").elements().next()).get("value");
        }
        JsonNode schema = resolve(spec, mediaType.path("schema"));
        return schema.get("example");
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            JsonNode target = spec;
            for (String part : current.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }
}
