package org.impasseadvisor.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract passes the linters app developers run on it: Spectral (spectral:oas) and Redocly, no errors. */
class ContractLintTest {

    private static final String CONTRACT = Path.of("openapi.yaml").toAbsolutePath().toString();

    @BeforeAll
    static void tools() {
        NodeTools.install();
    }

    @Test
    void spectralFindsNoError() {
        NodeTools.Run run = NodeTools.run(Path.of("."), 300, NodeTools.bin("spectral"), "lint", CONTRACT,
                "--ruleset", Path.of(".spectral.yaml").toAbsolutePath().toString(), "--fail-severity=error");
        assertThat(run.exitCode()).as("spectral lint openapi.yaml:%n%s", run.output()).isZero();
        assertThat(run.output()).doesNotContain(" error ");
    }

    @Test
    void redoclyFindsNoError() {
        NodeTools.Run run = NodeTools.run(Path.of("."), 300, NodeTools.bin("redocly"), "lint", CONTRACT);
        assertThat(run.exitCode()).as("redocly lint openapi.yaml:%n%s", run.output()).isZero();
        assertThat(run.output()).contains("Your API description is valid");
    }
}
