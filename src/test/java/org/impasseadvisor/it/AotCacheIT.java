package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On JDK 25 or later the build leaves an AOT cache from a training run beside the jar, and the service starts
 * from it the way the container image starts it. {@code -XX:AOTMode=on} makes the JVM refuse to start rather
 * than silently ignore a cache it cannot use (another JVM build, another class path).
 */
class AotCacheIT {

    @Test
    void theServiceStartsFromTheAotCacheOfTheBuildAsTheImageStartsIt() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25,
                "the AOT cache needs JDK 25 or later; this build runs on JDK " + Runtime.version()
                        + " (where the AppCDS archive of CdsTrainingRunIT is the start-up cache)");
        Path cache = PackagedService.JAR.resolveSibling("app.aot");
        assertThat(cache).as("./mvnw package on JDK 25 makes the cache (the aot-cache profile)").isRegularFile();
        assertThat(Files.size(cache)).isPositive();

        try (PackagedService service = PackagedService.fromAppFolder(
                List.of("-XX:AOTMode=on", "-XX:AOTCache=app.aot")).start()) {
            given().port(service.port).contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(200);
            assertThat(service.log()).contains("started in").doesNotContain("[aot]");
        }
    }
}
