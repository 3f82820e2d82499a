package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The training run the container image makes its AppCDS archive with works on the packaged jar, and the
 * service then starts with the archive the way the image starts it. {@code -Xshare:on} makes the JVM refuse
 * to start rather than silently ignore an archive it cannot use (another JVM build, another class path).
 */
class CdsTrainingRunIT {

    @Test
    void theArchiveOfATrainingRunIsUsableByTheServiceStartedAsTheImageStartsIt() throws Exception {
        Path archive = Files.createTempDirectory("impasse-cds").resolve("app-cds.jsa");
        ProcessBuilder trainingRun = new ProcessBuilder("bash", "src/main/docker/cds-training-run.sh",
                PackagedService.JAR.getParent().toString(), archive.toString()).redirectErrorStream(true);
        // the archive is made by the JVM that then starts the service (PackagedService): the tests' own
        trainingRun.environment().merge("PATH", Path.of(System.getProperty("java.home"), "bin").toString(),
                (path, javaBin) -> javaBin + java.io.File.pathSeparator + path);
        Process training = trainingRun.start();
        String output = new String(training.getInputStream().readAllBytes());
        assertThat(training.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(training.exitValue()).as(output).isZero();
        assertThat(Files.size(archive)).as(output).isPositive();

        try (PackagedService service = PackagedService.fromAppFolder(
                List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive)).start()) {
            given().port(service.port).contentType(ContentType.JSON).body("{\"rootCauses\": [\"FEAR\"]}")
                    .when().post("/api/v1/recommendations")
                    .then().statusCode(200);
        }
    }
}
