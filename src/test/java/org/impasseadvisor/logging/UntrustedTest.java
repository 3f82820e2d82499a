package org.impasseadvisor.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Untrusted values reach a log line quoted, on one line, and bounded. */
class UntrustedTest {

    @Test
    void lineBreaksQuotesAndControlCharactersAreEscaped() {
        assertThat(Untrusted.quote("a\nINFO forged\r\t\"q\" \\ \u0007 \u2028"))
                .isEqualTo("\"a\\nINFO forged\\r\\t\\\"q\\\" \\\\ \\u0007 \\u2028\"");
    }

    @Test
    void nullIsWrittenAsNull() {
        assertThat(Untrusted.quote(null)).isEqualTo("null");
    }

    @Test
    void aLongValueIsCut() {
        assertThat(Untrusted.quote("x".repeat(10_000))).hasSize(Untrusted.MAX_LENGTH + 3).endsWith("…\"");
    }

    @Test
    void aLoggedFailureHasItsMessagesQuotedAndItsFramesKept() {
        IOException cause = new IOException("bad\nline");
        RuntimeException failure = new RuntimeException("outer\r\nforged", cause);
        Throwable quoted = Untrusted.quoted(failure);
        assertThat(quoted.toString()).isEqualTo("java.lang.RuntimeException: \"outer\\r\\nforged\"");
        assertThat(quoted.getCause().toString()).isEqualTo("java.io.IOException: \"bad\\nline\"");
        assertThat(quoted.getStackTrace()).isEqualTo(failure.getStackTrace());
    }
}
