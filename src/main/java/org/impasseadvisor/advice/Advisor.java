package org.impasseadvisor.advice;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.impasseadvisor.descriptor.ImpasseDescriptor;
import org.impasseadvisor.engine.Engine;
import org.impasseadvisor.engine.RankedStrategy;
import org.impasseadvisor.engine.Recommendation;
import org.impasseadvisor.records.PendingRecord;
import org.impasseadvisor.records.RecordIds;
import org.impasseadvisor.records.RecordQueue;

/**
 * The one place both the REST API and the CDS Hooks service get their recommendations from: it
 * evaluates the descriptor and queues the record of the answer, never waiting on the database.
 */
@ApplicationScoped
public class Advisor {

    private final Engine engine;
    private final RecordQueue records;
    private final AdviceMetrics metrics;

    public Advisor(Engine engine, RecordQueue records, AdviceMetrics metrics) {
        this.engine = engine;
        this.records = records;
        this.metrics = metrics;
    }

    /**
     * @param channel  how the recommendation was asked for
     * @param clientId the authenticated calling client, or null when unknown
     */
    public Advice recommend(ImpasseDescriptor descriptor, boolean explain, Channel channel, String clientId) {
        return answer(descriptor, explain, channel, clientId, false);
    }

    /**
     * As {@link #recommend}, for an answer shown as CDS Hooks cards: every returned strategy gets a
     * card id, recorded with it, so that card feedback finds its recommendation and strategy.
     */
    public Advice recommendAsCards(ImpasseDescriptor descriptor, Channel channel, String clientId) {
        return answer(descriptor, false, channel, clientId, true);
    }

    /**
     * For a chart with no impasse recorded: the answer when the chart's data raises a safety alert, shown as
     * cards and recorded as {@link #recommendAsCards} does; empty, and nothing recorded, when it raises none.
     * The catalog's alert rules decide, so every safety state they know reaches the clinician.
     */
    public Optional<Advice> safetyAlertsAsCards(ImpasseDescriptor descriptor, Channel channel, String clientId) {
        long start = System.nanoTime();
        Recommendation recommendation = engine.evaluate(descriptor);
        if (recommendation.alerts().isEmpty()) {
            return Optional.empty();
        }
        metrics.answered(descriptor.rootCauses(), recommendation, System.nanoTime() - start);
        return Optional.of(recorded(recommendation, descriptor, channel, clientId, true));
    }

    private Advice answer(ImpasseDescriptor descriptor, boolean explain, Channel channel, String clientId,
            boolean cards) {
        long start = System.nanoTime();
        Recommendation recommendation = explain ? engine.explain(descriptor) : engine.evaluate(descriptor);
        metrics.answered(descriptor.rootCauses(), recommendation, System.nanoTime() - start);
        return recorded(recommendation, descriptor, channel, clientId, cards);
    }

    private Advice recorded(Recommendation recommendation, ImpasseDescriptor descriptor, Channel channel,
            String clientId, boolean cards) {
        UUID id = RecordIds.next();
        List<PendingRecord.Returned> returned = new ArrayList<>(recommendation.strategies().size());
        Map<String, UUID> cardIds = cards ? new HashMap<>() : Map.of();
        for (RankedStrategy ranked : recommendation.strategies()) {
            UUID cardId = cards ? UUID.randomUUID() : null;
            if (cards) {
                cardIds.put(ranked.strategy().id(), cardId);
            }
            returned.add(new PendingRecord.Returned(ranked.strategy().id(), ranked.rank(), ranked.score(), cardId));
        }
        records.submit(new PendingRecord(id, recommendation.catalogVersion(),
                recommendation.catalogHash(), channel.name(), clientId, descriptor, List.copyOf(returned)));
        return new Advice(id, recommendation, cardIds);
    }
}
