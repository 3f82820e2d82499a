package org.impasseadvisor.it;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar run as its own process in a fresh working directory (so a fresh H2 file), on the
 * datasource given to the build (-Dquarkus.datasource.*), with extra system properties.
 */
final class PackagedService implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();

    final int port;
    final Path workDir;
    private final List<String> jvmOptions;
    private final List<String> properties;
    private final boolean fromAppFolder;
    private Process process;

    PackagedService(String... properties) throws IOException {
        this(List.of(), false, properties);
    }

    private PackagedService(List<String> jvmOptions, boolean fromAppFolder, String... properties) throws IOException {
        this.port = freePort();
        this.workDir = Files.createTempDirectory("impasse-it");
        this.jvmOptions = List.copyOf(jvmOptions);
        this.fromAppFolder = fromAppFolder;
        this.properties = List.of(properties);
    }

    /**
     * Started as the container image starts it: from the app folder with {@code -jar quarkus-run.jar}, with
     * these JVM options. Its log and, unless a datasource URL is given, its H2 file stay in the work dir.
     */
    static PackagedService fromAppFolder(List<String> jvmOptions) throws IOException {
        return new PackagedService(jvmOptions, true);
    }

    /**
     * Starts the jar and waits until it answers and has logged that it started, or fails with its log. The
     * readiness probe answers before Quarkus logs "started in … Listening on …", so a test that reads the log
     * waits for both.
     */
    PackagedService start() throws Exception {
        launch();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited: " + log());
            }
            try {
                if (given().port(port).when().get("/q/health/ready").statusCode() == 200
                        && log().contains("started in")) {
                    return this;
                }
            } catch (Exception notYetListening) {
                // tried again below
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("service did not start within 60 s: " + log());
    }

    /** Starts the jar without waiting for it. */
    Process launch() throws IOException {
        // the JVM that runs the tests: an AppCDS archive or AOT cache only works with the JVM that wrote it
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        for (String property : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        if (fromAppFolder && System.getProperty("quarkus.datasource.jdbc.url") == null) {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + workDir.resolve("data/impasse-advisor"));
        }
        properties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-jar", fromAppFolder ? JAR.getFileName().toString() : JAR.toString()));
        process = new ProcessBuilder(command).directory(fromAppFolder ? JAR.getParent().toFile() : workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("service.log").toFile()))
                .start();
        return process;
    }

    Process process() {
        return process;
    }

    String log() throws IOException {
        Path log = workDir.resolve("service.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
