package org.impasseadvisor.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.impasseadvisor.descriptor.RootCause;

/**
 * Writes and reads recommendation records and feedback; each method is one transaction.
 *
 * <p>Records are written with plain JDBC batches, one per table, on the transaction's connection: the
 * batch writer inserts every answered recommendation, and at full load building and flushing an entity
 * per record cost more than the inserts themselves. They are read through {@link RecommendationRecord}.
 */
@ApplicationScoped
public class RecordStore {

    private static final String INSERT_RECORD = "insert into recommendation_record"
            + " (id, created_at, catalog_version, catalog_hash, channel, client_id, signals)"
            + " values (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ROOT_CAUSE =
            "insert into recommendation_root_cause (recommendation_id, root_cause) values (?, ?)";
    private static final String INSERT_STRATEGY = "insert into recommended_strategy"
            + " (recommendation_id, strategy_id, strategy_rank, score, card_id) values (?, ?, ?, ?, ?)";
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
            throw new StoreUnavailableException(e);
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
            throw new StoreUnavailableException(e);
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

    /** The records first, then the rows that refer to them. */
    private static void insert(Connection connection, List<PendingRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement record = connection.prepareStatement(INSERT_RECORD);
                PreparedStatement rootCause = connection.prepareStatement(INSERT_ROOT_CAUSE);
                PreparedStatement strategy = connection.prepareStatement(INSERT_STRATEGY)) {
            for (PendingRecord pending : records) {
                record.setObject(1, pending.id());
                record.setObject(2, pending.createdAt().atOffset(ZoneOffset.UTC));
                record.setString(3, pending.catalogVersion());
                record.setString(4, pending.catalogHash());
                record.setString(5, pending.channel().name());
                record.setString(6, pending.clientId());
                record.setString(7, SignalText.of(pending.descriptor()));
                record.addBatch();
                for (RootCause cause : pending.descriptor().rootCauses()) {
                    rootCause.setObject(1, pending.id());
                    rootCause.setString(2, cause.name());
                    rootCause.addBatch();
                }
                for (PendingRecord.Returned returned : pending.strategies()) {
                    strategy.setObject(1, pending.id());
                    strategy.setString(2, returned.strategyId());
                    strategy.setInt(3, returned.rank());
                    strategy.setDouble(4, returned.score());
                    strategy.setObject(5, returned.cardId());
                    strategy.addBatch();
                }
            }
            record.executeBatch();
            rootCause.executeBatch();
            strategy.executeBatch();
        }
    }
}
