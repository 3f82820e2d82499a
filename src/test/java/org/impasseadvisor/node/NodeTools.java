package org.impasseadvisor.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The node tools pinned in {@code src/test/js/package.json} (contract linters, Playwright, axe-core), for
 * the tests that need them. Without node on a developer's machine those tests are skipped with a message
 * saying what to install; in CI ({@code CI=true}) a missing tool fails them instead, so they always run there.
 */
public final class NodeTools {

    public static final Path DIR = Path.of("src/test/js");
    private static final Map<String, String> QUIET = Map.of("REDOCLY_TELEMETRY", "off", "SCARF_ANALYTICS", "false",
            "DO_NOT_TRACK", "1", "NO_UPDATE_NOTIFIER", "1");
    private static boolean installed;

    private NodeTools() {
    }

    /** What a command printed (stdout and stderr together) and its exit code. */
    public record Run(int exitCode, String output) {
    }

    /** Skips the calling test (fails it in CI) when {@code what} is missing, naming what to install. */
    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + " is not installed; install it to run this test (.ci/run does).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " CI=true: this test must run in CI.");
        }
        Assumptions.abort(message);
    }

    /** node and npm, and the packages of package-lock.json in src/test/js/node_modules (npm ci once). */
    public static synchronized void install() {
        require(works("node", "--version") && works("npm", "--version"), "Node.js 20+ with npm");
        if (installed) {
            return;
        }
        Path marker = DIR.resolve("node_modules/.package-lock.json");
        try {
            if (!Files.exists(marker) || Files.getLastModifiedTime(marker)
                    .compareTo(Files.getLastModifiedTime(DIR.resolve("package-lock.json"))) < 0) {
                Run run = run(DIR, 600, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
                assertThat(run.exitCode()).as("npm ci in src/test/js:%n%s", run.output()).isZero();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        installed = true;
    }

    /** Runs a command in {@code dir}, waiting at most {@code seconds}. */
    public static Run run(Path dir, long seconds, String... command) {
        return run(dir, seconds, Map.of(), List.of(command));
    }

    public static Run run(Path dir, long seconds, Map<String, String> env, List<String> command) {
        try {
            Path log = Files.createTempFile("node-tool", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(QUIET);
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Run(-1, Files.readString(log, StandardCharsets.UTF_8) + "\n(timed out after " + seconds + " s)");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            return new Run(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, e.toString());
        }
    }

    /** True when the command starts and exits 0. */
    public static boolean works(String... command) {
        return run(Path.of("."), 60, command).exitCode() == 0;
    }

    /** A binary of an installed package, e.g. {@code spectral}. */
    public static String bin(String name) {
        return DIR.resolve("node_modules/.bin/" + name).toAbsolutePath().toString();
    }
}
