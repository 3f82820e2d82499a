package org.impasseadvisor.advice.feedback;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.impasseadvisor.advice.Channel;
import org.impasseadvisor.advice.StoreSchema;
import org.impasseadvisor.advice.StoreUnavailableException;
import org.impasseadvisor.logging.Untrusted;
import org.impasseadvisor.records.Feedback;
import org.impasseadvisor.records.PendingRecord;
import org.impasseadvisor.records.RecommendationCard;
import org.impasseadvisor.records.RecordQueue;
import org.impasseadvisor.records.RecordStore;
import org.jboss.logging.Logger;

/**
 * Records clinician feedback, committed before it is acknowledged. Feedback that arrives while its
 * recommendation is still queued writes the recommendation first (unless it is there already), so it
 * never waits for the batch writer.
 */
@ApplicationScoped
public class FeedbackService {

    private static final Logger LOG = Logger.getLogger(FeedbackService.class);

    private final RecordStore store;
    private final StoreSchema schema;
    private final RecordQueue queue;
    private final Counter[] byOutcome;

    public FeedbackService(RecordStore store, StoreSchema schema, RecordQueue queue, MeterRegistry registry) {
        this.store = store;
        this.schema = schema;
        this.queue = queue;
        Outcome[] outcomes = Outcome.values();
        this.byOutcome = new Counter[outcomes.length];
        for (Outcome outcome : outcomes) {
            byOutcome[outcome.ordinal()] = Counter.builder("impasse.feedback")
                    .description("Clinician feedback committed, by outcome")
                    .tag("outcome", outcome.name()).register(registry);
        }
    }

    /**
     * @throws UnknownRecommendationException  when no such recommendation was answered
     * @throws StrategyNotRecommendedException when the recommendation did not return the strategy
     * @throws StoreUnavailableException       when the database cannot be used
     */
    public FeedbackResult give(UUID recommendationId, FeedbackRequest request, Channel channel) {
        return give(recommendationId, request, channel, null);
    }

    /**
     * As {@link #give(UUID, FeedbackRequest, Channel)}, with the client's {@code Idempotency-Key} (or null):
     * a repeat with the same key is answered with the feedback stored under it.
     *
     * @throws IdempotencyKeyReusedException when the key was used for other feedback on this recommendation
     */
    public FeedbackResult give(UUID recommendationId, FeedbackRequest request, Channel channel,
            String idempotencyKey) {
        schema.ensureCurrent();
        Optional<FeedbackResult> keyed = underKey(recommendationId, idempotencyKey, request);
        if (keyed.isPresent()) {
            return keyed.get();
        }
        Set<String> returned = returnedStrategies(recommendationId)
                .orElseThrow(() -> new UnknownRecommendationException(recommendationId));
        if (!returned.contains(request.strategyId())) {
            throw new StrategyNotRecommendedException(recommendationId, request.strategyId(), returned);
        }
        UUID id = idOf(recommendationId, request.strategyId(), request.outcome());
        Optional<Feedback> earlier = guarded(() -> store.feedback(id));
        if (earlier.isPresent()) {
            return result(earlier.get());
        }
        Feedback feedback = new Feedback();
        feedback.id = id;
        feedback.recommendationId = recommendationId;
        feedback.strategyId = request.strategyId();
        feedback.outcome = request.outcome().name();
        feedback.reason = request.reason() == null ? null : request.reason().name();
        feedback.comment = request.comment();
        feedback.channel = channel.name();
        feedback.idempotencyKey = idempotencyKey;
        // milliseconds: what every database keeps, so a repeat answers the very same recordedAt
        feedback.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            guarded(() -> {
                store.save(feedback);
                return null;
            });
        } catch (StoreUnavailableException e) {
            // The same feedback sent twice at once: the other request stored it, and this one answers the same.
            Optional<Feedback> concurrent = guarded(() -> store.feedback(id));
            if (concurrent.isPresent()) {
                return result(concurrent.get());
            }
            return underKey(recommendationId, idempotencyKey, request).orElseThrow(() -> e);
        }
        byOutcome[request.outcome().ordinal()].increment();
        return result(feedback);
    }

    /** The feedback stored under this key, when it says the same; empty when the key is new or absent. */
    private Optional<FeedbackResult> underKey(UUID recommendationId, String idempotencyKey, FeedbackRequest request) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        Optional<Feedback> stored = guarded(() -> store.feedback(recommendationId, idempotencyKey));
        stored.filter(f -> !f.strategyId.equals(request.strategyId()) || !f.outcome.equals(request.outcome().name()))
                .ifPresent(f -> {
                    throw new IdempotencyKeyReusedException();
                });
        return stored.map(FeedbackService::result);
    }

    /**
     * Feedback is identified by what it says: one recommendation, one strategy, one outcome. Its id is
     * derived from them, so a retry or a second click stores nothing new and is answered with the feedback
     * stored first (its reason and comment included).
     */
    static UUID idOf(UUID recommendationId, String strategyId, Outcome outcome) {
        return UUID.nameUUIDFromBytes((recommendationId + "\n" + strategyId + "\n" + outcome.name())
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Feedback given on a recommendation, or empty when there is no such feedback on it.
     *
     * @throws StoreUnavailableException when the database cannot be used
     */
    public Optional<FeedbackResult> find(UUID recommendationId, UUID feedbackId) {
        schema.ensureCurrent();
        return guarded(() -> store.feedback(feedbackId))
                .filter(f -> f.recommendationId.equals(recommendationId))
                .map(FeedbackService::result);
    }

    private static FeedbackResult result(Feedback feedback) {
        OverrideReason reason = feedback.reason == null ? null : OverrideReason.valueOf(feedback.reason);
        return new FeedbackResult(feedback.id, feedback.recommendationId, feedback.strategyId,
                Outcome.valueOf(feedback.outcome), reason, feedback.comment, Channel.valueOf(feedback.channel),
                feedback.createdAt);
    }

    /**
     * The recommendation and strategy a CDS Hooks card carried, recorded or still queued.
     *
     * @throws StoreUnavailableException when the database cannot be used
     */
    public Optional<CardRef> card(UUID cardId) {
        schema.ensureCurrent();
        // pending first: a record leaves the queue only once it is committed
        RecommendationCard pending = queue.pendingCard(cardId);
        if (pending != null) {
            return Optional.of(ref(pending));
        }
        return guarded(() -> store.card(cardId)).map(FeedbackService::ref);
    }

    private static CardRef ref(RecommendationCard card) {
        return new CardRef(card.recommendationId, card.strategyId);
    }

    /** The strategies a recommendation returned; one still queued is written first, for the feedback's key. */
    private Optional<Set<String>> returnedStrategies(UUID id) {
        // pending first: a record leaves the queue only once it is committed
        PendingRecord pending = queue.pending(id);
        if (pending == null) {
            return guarded(() -> store.returnedStrategies(id));
        }
        try {
            store.writeMissing(List.of(pending));
            queue.committedElsewhere(pending);
        } catch (RuntimeException e) {
            // Either the store is failing, or the writer committed the record meanwhile: then the insert
            // waited for that commit and found the key taken.
            if (guarded(() -> store.returnedStrategies(id)).isEmpty()) {
                throw unavailable(e);
            }
        }
        return Optional.of(pending.strategies().stream().map(PendingRecord.Returned::strategyId)
                .collect(Collectors.toSet()));
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static StoreUnavailableException unavailable(RuntimeException e) {
        LOG.warnf("Record store failed: %s", Untrusted.quote(e));
        return new StoreUnavailableException(e);
    }
}
