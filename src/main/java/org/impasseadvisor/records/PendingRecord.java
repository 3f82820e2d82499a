package org.impasseadvisor.records;

import java.util.List;
import java.util.UUID;
import org.impasseadvisor.descriptor.ImpasseDescriptor;

/**
 * A recommendation waiting to be written. Built on the request path, so it only holds references to
 * immutable values; turning it into rows happens on the writer's thread.
 *
 * @param id a {@link RecordIds} id, which also tells when the record was created
 * @param channel  how the recommendation was asked for, as a code: {@code REST} or {@code CDS_HOOKS}
 * @param clientId the calling client when it is known, else null
 */
public record PendingRecord(
        UUID id,
        String catalogVersion,
        String catalogHash,
        String channel,
        String clientId,
        ImpasseDescriptor descriptor,
        List<Returned> strategies) {

    /** A returned strategy: id, rank, score, and the CDS Hooks card that carried it (null for REST). */
    public record Returned(String strategyId, int rank, double score, UUID cardId) {
    }
}
