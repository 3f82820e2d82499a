package org.impasseadvisor.records;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.impasseadvisor.descriptor.RootCause;

/**
 * Writes and reads recommendation records and feedback; each method is one transaction.
 *
 * <p>Records are written with plain JDBC batches on the transaction's connection: the batch writer inserts
 * every answered recommendation, one row each (its root causes and returned strategies in SQL arrays) plus
 * one per CDS Hooks card, and at full load building and flushing an entity per record cost more than the
 * inserts themselves. They are read through {@link RecommendationRecord} and {@link RecommendationCard}.
 */
@ApplicationScoped
public class RecordStore {

    private static final String INSERT_RECORD = "insert into recommendation_record (id, created_at,"
            + " catalog_version, catalog_hash, channel, client_id, signals, root_causes, strategy_ids)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CARD =
            "insert into recommendation_card (card_id, recommendation_id, strategy_id) values (?, ?, ?)";
    private static final String SELECT_RECORD = "select 1 from recommendation_record where id = ?";

    private final DataSource dataSource;

    public RecordStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes a batch in one transaction. */
    @Transactional
    public void write(List<PendingRecord> records) {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, records);
        } catch (SQLException e) {
            throw new RecordStoreException(e);
        }
    }

    /**
     * Writes the records that are not there yet, for a retry after a failure whose commit may have
     * succeeded all the same.
     */
    @Transactional
    public void writeMissing(List<PendingRecord> records) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement exists = connection.prepareStatement(SELECT_RECORD)) {
            List<PendingRecord> missing = new ArrayList<>(records.size());
            for (PendingRecord record : records) {
                exists.setObject(1, record.id());
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        missing.add(record);
                    }
                }
            }
            insert(connection, missing);
        } catch (SQLException e) {
            throw new RecordStoreException(e);
        }
    }

    /** The ids of the strategies a recorded recommendation returned, or empty when it is not recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Set<String>> returnedStrategies(UUID recommendationId) {
        RecommendationRecord record = RecommendationRecord.findById(recommendationId);
        return record == null
                ? Optional.empty()
                : Optional.of(new LinkedHashSet<>(Arrays.asList(record.strategyIds)));
    }

    /** The recommendation and strategy a CDS Hooks card carried, or empty when no record has the card. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecommendationCard> card(UUID cardId) {
        return RecommendationCard.findByIdOptional(cardId);
    }

    @Transactional
    public void save(Feedback feedback) {
        feedback.persist();
    }

    /** Feedback by its id, or empty when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Feedback> feedback(UUID id) {
        return Feedback.findByIdOptional(id);
    }

    /** Feedback on a recommendation stored under a client's idempotency key, or empty when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Feedback> feedback(UUID recommendationId, String idempotencyKey) {
        return Feedback.find("recommendationId = ?1 and idempotencyKey = ?2", recommendationId, idempotencyKey)
                .firstResultOptional();
    }

    /** The records first, then the cards that refer to them; the caller commits (RecordWriteBenchmark times this). */
    static void insert(Connection connection, List<PendingRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement record = connection.prepareStatement(INSERT_RECORD);
                PreparedStatement card = connection.prepareStatement(INSERT_CARD)) {
            boolean cards = false;
            for (PendingRecord pending : records) {
                record.setObject(1, pending.id());
                record.setObject(2, RecordIds.createdAt(pending.id()).atOffset(ZoneOffset.UTC));
                record.setString(3, pending.catalogVersion());
                record.setString(4, pending.catalogHash());
                record.setString(5, pending.channel());
                record.setString(6, pending.clientId());
                record.setString(7, SignalText.of(pending.descriptor()));
                record.setObject(8, rootCauses(pending.descriptor().rootCauses()));
                record.setObject(9, strategyIds(pending.strategies()));
                record.addBatch();
                for (PendingRecord.Returned returned : pending.strategies()) {
                    if (returned.cardId() != null) {
                        card.setObject(1, returned.cardId());
                        card.setObject(2, pending.id());
                        card.setString(3, returned.strategyId());
                        card.addBatch();
                        cards = true;
                    }
                }
            }
            record.executeBatch();
            if (cards) {
                card.executeBatch();
            }
        }
    }

    /** The causes' names, in the set's order (the enum's, for the descriptor's {@code EnumSet}). */
    private static String[] rootCauses(Collection<RootCause> causes) {
        String[] names = new String[causes.size()];
        int i = 0;
        for (RootCause cause : causes) {
            names[i++] = cause.name();
        }
        return names;
    }

    /** The returned strategies' ids, in rank order. */
    private static String[] strategyIds(List<PendingRecord.Returned> returned) {
        String[] ids = new String[returned.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = returned.get(i).strategyId();
        }
        return ids;
    }
}
