package org.impasseadvisor.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes and reads recommendation records and feedback; each method is one transaction. */
@ApplicationScoped
public class RecordStore {

    /** Writes a batch in one transaction. */
    @Transactional
    public void write(List<PendingRecord> records) {
        records.forEach(record -> toEntity(record).persist());
    }

    /**
     * Writes the records that are not there yet, for a retry after a failure whose commit may have
     * succeeded all the same.
     */
    @Transactional
    public void writeMissing(List<PendingRecord> records) {
        for (PendingRecord record : records) {
            if (RecommendationRecord.findById(record.id()) == null) {
                toEntity(record).persist();
            }
        }
    }

    /** The ids of the strategies a recorded recommendation returned, or empty when it is not recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Set<String>> returnedStrategies(UUID recommendationId) {
        RecommendationRecord record = RecommendationRecord.findById(recommendationId);
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(record.strategies.stream().map(s -> s.strategyId).collect(Collectors.toSet()));
    }

    /** The recommendation and strategy a CDS Hooks card carried, or empty when no record has the card. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CardRef> card(UUID cardId) {
        return RecommendationRecord.getEntityManager()
                .createQuery("select r.id, s.strategyId from RecommendationRecord r join r.strategies s"
                        + " where s.cardId = :card", Object[].class)
                .setParameter("card", cardId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new CardRef((UUID) row[0], (String) row[1]));
    }

    @Transactional
    public void save(Feedback feedback) {
        feedback.persist();
    }

    private static RecommendationRecord toEntity(PendingRecord pending) {
        RecommendationRecord record = new RecommendationRecord();
        record.id = pending.id();
        record.createdAt = pending.createdAt();
        record.catalogVersion = pending.catalogVersion();
        record.catalogHash = pending.catalogHash();
        record.channel = pending.channel();
        record.clientId = pending.clientId();
        record.signals = SignalText.of(pending.descriptor());
        record.rootCauses.addAll(pending.descriptor().rootCauses());
        pending.strategies().forEach(s ->
                record.strategies.add(new ReturnedStrategy(s.strategyId(), s.rank(), s.score(), s.cardId())));
        return record;
    }
}
