package org.impasseadvisor.api.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Says at start how the REST API is protected, and refuses to start where it would be exposed without. */
@Singleton
public class ExposureCheck {

    private static final Logger LOG = Logger.getLogger(ExposureCheck.class);

    void check(@Observes StartupEvent event, Config config) {
        boolean auth = config.getOptionalValue("impasse.auth.enabled", Boolean.class).orElse(false);
        boolean allowRemote = config.getOptionalValue("impasse.auth.allow-unauthenticated-remote", Boolean.class)
                .orElse(false);
        boolean key = present(config, "mp.jwt.verify.publickey") || present(config, "mp.jwt.verify.publickey.location");
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("0.0.0.0");
        Exposure exposure = Exposure.of(auth, key, host, allowRemote);
        switch (exposure.verdict()) {
            case SERVE -> LOG.info(exposure.message());
            case SERVE_WITH_WARNING -> LOG.warn(exposure.message());
            case REFUSE -> {
                LOG.error(exposure.message());
                throw new IllegalStateException(exposure.message());
            }
        }
    }

    private static boolean present(Config config, String name) {
        Optional<String> value = config.getOptionalValue(name, String.class);
        return value.isPresent() && !value.get().isBlank();
    }
}
