package org.impasseadvisor.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.impasseadvisor.api.security.Exposure.Verdict;
import org.junit.jupiter.api.Test;

/** Without authentication the service serves loopback only, unless told explicitly otherwise. */
class ExposureTest {

    @Test
    void withoutAuthenticationLoopbackIsServedWithAWarning() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.1.2.3"}) {
            Exposure exposure = Exposure.of(false, false, host, false);
            assertThat(exposure.verdict()).as(host).isEqualTo(Verdict.SERVE_WITH_WARNING);
            assertThat(exposure.message()).contains("loopback");
        }
    }

    @Test
    void withoutAuthenticationOtherInterfacesAreRefused() {
        for (String host : new String[] {"0.0.0.0", "::", "10.0.0.5", "impasse.internal"}) {
            assertThat(Exposure.of(false, false, host, false).verdict()).as(host).isEqualTo(Verdict.REFUSE);
        }
    }

    @Test
    void otherInterfacesWithoutAuthenticationNeedAnExplicitSetting() {
        Exposure exposure = Exposure.of(false, false, "0.0.0.0", true);
        assertThat(exposure.verdict()).isEqualTo(Verdict.SERVE_WITH_WARNING);
        assertThat(exposure.message()).contains("OFF");
    }

    @Test
    void withAuthenticationEveryInterfaceIsServed() {
        assertThat(Exposure.of(true, true, "0.0.0.0", false).verdict()).isEqualTo(Verdict.SERVE);
    }

    @Test
    void authenticationWithoutAKeyRefusesToStart() {
        assertThat(Exposure.of(true, false, "127.0.0.1", false).verdict()).isEqualTo(Verdict.REFUSE);
    }
}
