package org.impasseadvisor.advice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.impasseadvisor.audit.Channel;
import org.impasseadvisor.audit.PendingRecord;
import org.impasseadvisor.audit.RecordIds;
import org.impasseadvisor.audit.RecordQueue;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;

/**
 * The one place both the REST API and the CDS Hooks service get their recommendations from: it
 * evaluates the descriptor and queues the record of the answer, never waiting on the database.
 */
@ApplicationScoped
public class Advisor {

    private final Engine engine;
    private final RecordQueue records;

    public Advisor(Engine engine, RecordQueue records) {
        this.engine = engine;
        this.records = records;
    }

    /**
     * @param channel  how the recommendation was asked for
     * @param clientId the authenticated calling client, or null when unknown
     */
    public Advice recommend(ImpasseDescriptor descriptor, boolean explain, Channel channel, String clientId) {
        Recommendation recommendation = explain ? engine.explain(descriptor) : engine.evaluate(descriptor);
        UUID id = RecordIds.next();
        List<PendingRecord.Returned> returned = new ArrayList<>(recommendation.strategies().size());
        for (RankedStrategy ranked : recommendation.strategies()) {
            returned.add(new PendingRecord.Returned(ranked.strategy().id(), ranked.rank(), ranked.score(), null));
        }
        records.submit(new PendingRecord(id, Instant.now(), recommendation.catalogVersion(),
                recommendation.catalogHash(), channel, clientId, descriptor, List.copyOf(returned)));
        return new Advice(id, recommendation);
    }
}
