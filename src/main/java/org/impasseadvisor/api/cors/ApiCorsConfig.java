package org.impasseadvisor.api.cors;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Which browser origins may call the REST API ({@code /api/v1/**}) and load the web component
 * ({@code /embed/**}). Separate from {@code quarkus.http.cors.*}, which serves the CDS Hooks endpoints.
 */
@ConfigMapping(prefix = "impasse.api.cors")
public interface ApiCorsConfig {

    /** Exact origins (scheme://host[:port]) allowed; none by default, so only same-origin pages may call. */
    Optional<List<String>> origins();

    /** Whether browsers may send cookies or HTTP authentication (bearer tokens need no credentials). */
    @WithDefault("false")
    boolean allowCredentials();

    /** How long a browser may cache a preflight answer, in seconds. */
    @WithDefault("600")
    int maxAge();
}
