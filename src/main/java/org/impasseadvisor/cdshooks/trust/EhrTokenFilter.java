package org.impasseadvisor.cdshooks.trust;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.impasseadvisor.advice.StoreSchema;
import org.impasseadvisor.cdshooks.CdsConfig;
import org.impasseadvisor.cdshooks.fhir.OperationOutcome;
import org.impasseadvisor.logging.Untrusted;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires a verified EHR JWT on every {@code /cds-services} call (discovery and feedback included).
 * A refusal is a bare 401; the log line names the failed check, never the token. CORS preflights are
 * answered before this filter, so browsers (the public sandbox) can call.
 */
@ApplicationScoped
public class EhrTokenFilter {

    private static final Logger LOG = Logger.getLogger(EhrTokenFilter.class);

    private final TrustConfig trust;
    private final CdsConfig cds;
    private final EhrTokenVerifier verifier;
    private final CallingEhr caller;

    /**
     * @param dbKind with {@code postgresql} the seen {@code jti}s are shared by the replicas through the
     *               database; with the embedded H2, which serves one instance, they stay in memory
     */
    public EhrTokenFilter(TrustConfig trust, CdsConfig cds, CallingEhr caller, DataSource dataSource,
            StoreSchema schema, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.trust = trust;
        this.cds = cds;
        this.caller = caller;
        ReplayStore replays = dbKind.equals("postgresql")
                ? new DatabaseReplayStore(dataSource, schema::ensureCurrent) : new ReplayCache();
        this.verifier = new EhrTokenVerifier(trust, replays, Clock.systemUTC());
    }

    void announce(@Observes StartupEvent event) {
        if (!trust.enabled()) {
            LOG.warn("CDS Hooks JWT verification is OFF (impasse.cds.trust.enabled=false): any caller can use"
                    + " /cds-services. Use this only for local trials.");
        } else if (trust.issuers().isEmpty()) {
            LOG.warn("No trusted EHR issuer is configured (impasse.cds.trust.issuers.*): every /cds-services call"
                    + " will be refused with 401.");
        }
    }

    @ServerRequestFilter
    public Response verify(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!trust.enabled() || !path.startsWith("/cds-services") || request.getMethod().equals("OPTIONS")) {
            return null;
        }
        String audience = cds.publicBaseUrl().map(base -> strip(base) + path)
                .orElseGet(() -> request.getUriInfo().getAbsolutePath().toString());
        String header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse(path, "no Bearer token");
        }
        try {
            caller.verified(verifier.verify(header.substring(7).trim(), audience));
            return null;
        } catch (TrustFailure failure) {
            return refuse(path, failure.getMessage());
        }
    }

    private static Response refuse(String path, String check) {
        LOG.warnf("Refused CDS Hooks call to %s: %s", Untrusted.quote(path), check);
        return Response.status(401).header("WWW-Authenticate", "Bearer").type("application/fhir+json")
                .entity(OperationOutcome.error("security", "Not authorized.")).build();
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
