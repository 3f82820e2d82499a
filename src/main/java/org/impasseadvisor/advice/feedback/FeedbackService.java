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
import org.impasseadvisor.records.RecordsConfig;
import org.jboss.logging.Logger;

/**
 * Records clinician feedback, committed before it is acknowledged. Feedback that arrives while its
 * recommendation is still queued writes the recommendation first, so it never has to wait for the
 * batch writer; one being committed by another writer is waited for, briefly.
 */
@ApplicationScoped
public class FeedbackService {

    private static final Logger LOG = Logger.getLogger(FeedbackService.class);
    private static final long POLL_MILLIS = 50;

    private final RecordStore store;
    private final StoreSchema schema;
    private final RecordQueue queue;
    private final RecordsConfig config;
    private final Counter[] byOutcome;

    public FeedbackService(RecordStore store, StoreSchema schema, RecordQueue queue, RecordsConfig config,
            MeterRegistry registry) {
        this.store = store;
        this.schema = schema;
        this.queue = queue;
        this.config = config;
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
     * The recommendation and strategy a CDS Hooks card carried, recorded or still queued; waits briefly
     * for one another writer may be committing.
     *
     * @throws StoreUnavailableException when the database cannot be used
     */
    public Optional<CardRef> card(UUID cardId) {
        schema.ensureCurrent();
        long deadline = System.nanoTime() + config.feedbackGrace().toNanos();
        while (true) {
            Optional<RecommendationCard> stored = guarded(() -> store.card(cardId));
            if (stored.isPresent()) {
                return stored.map(FeedbackService::ref);
            }
            RecommendationCard queued = queue.queuedCard(cardId);
            if (queued != null) {
                return Optional.of(ref(queued));
            }
            if (System.nanoTime() >= deadline) {
                return Optional.empty();
            }
            sleep();
        }
    }

    private static CardRef ref(RecommendationCard card) {
        return new CardRef(card.recommendationId, card.strategyId);
    }

    private Optional<Set<String>> returnedStrategies(UUID id) {
        Optional<Set<String>> stored = guarded(() -> store.returnedStrategies(id));
        if (stored.isPresent()) {
            return stored;
        }
        PendingRecord queued = queue.claim(id);
        if (queued != null) {
            try {
                guarded(() -> {
                    store.writeMissing(List.of(queued));
                    return null;
                });
            } catch (StoreUnavailableException e) {
                queue.release(queued);
                throw e;
            }
            return Optional.of(queued.strategies().stream().map(PendingRecord.Returned::strategyId)
                    .collect(Collectors.toSet()));
        }
        long deadline = System.nanoTime() + config.feedbackGrace().toNanos();
        while (System.nanoTime() < deadline) {
            sleep();
            stored = guarded(() -> store.returnedStrategies(id));
            if (stored.isPresent()) {
                return stored;
            }
        }
        return Optional.empty();
    }

    private static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            LOG.warnf("Record store failed: %s", Untrusted.quote(e));
            throw new StoreUnavailableException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(e);
        }
    }
}
