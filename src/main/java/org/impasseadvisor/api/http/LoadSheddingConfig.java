package org.impasseadvisor.api.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service bounds the requests it serves at once, and sheds the excess (see {@link OverloadGuard}). */
@ConfigMapping(prefix = "impasse.load-shedding")
public interface LoadSheddingConfig {

    /** Bound the requests in flight and shed the excess; when false, every request is served at once. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Requests served at once, from their headers to the end of their answer. Health probes and metrics
     * ({@code /q/*}) are neither counted nor held. Requests answered on the event loop count from the moment
     * their headers are read, so the bound must exceed what the event loops hold in one turn under load, or
     * it throttles them below their capacity.
     */
    @WithDefault("1024")
    int maxInFlight();

    /** Requests that wait, unread, for one in flight to end; one more is shed at once. */
    @WithDefault("2048")
    int queueSize();

    /**
     * The bound on requests served on worker threads (CDS Hooks calls, feedback, insights, the FHIR
     * Questionnaire, strategy pages), apart from the event loops' {@link #maxInFlight()}: a blocking call holds
     * a thread and its parsed body until it ends, so more of them at once than the cores keep busy only adds
     * threads competing for the CPU and memory for the collector.
     */
    Worker worker();

    /** Requests served on worker threads: at most {@code max-in-flight} at once, {@code queue-size} waiting. */
    interface Worker {

        /**
         * Worker requests served at once. A call that reads a FHIR server holds its slot while it waits (up to
         * {@code impasse.cds.fetch-deadline}), so the bound is several times the cores, not the cores.
         */
        @WithDefault("32")
        int maxInFlight();

        /**
         * Worker requests that wait, unread, for one in flight to end; one more is shed at once. As large as the
         * event loops' queue: a request shed at once is retried at once, so a short queue makes clients spin.
         */
        @WithDefault("2048")
        int queueSize();
    }

    /** The longest a request waits in either queue; then it is shed. */
    @WithDefault("PT0.5S")
    Duration queueTimeout();

    /**
     * Close the connection after a shed answer, for deployments behind a load balancer that balances
     * connections rather than requests: the client's retry then opens a connection that may reach another
     * replica. Off by default: reconnecting costs the client and this service far more than the answer.
     */
    @WithDefault("false")
    boolean closeConnection();
}
