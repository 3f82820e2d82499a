package org.impasseadvisor.records;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Records written under an earlier schema keep what the record holds after the migrations: root causes,
 * returned strategies in rank order, cards, and the feedback on them. From the first schema (one row per root cause
 * and per returned strategy), packed into delimited text (V3) and then unpacked into arrays (V22); from the
 * schema with the delimited text (V20), unpacked into arrays. Runs in a schema of its own on the test database
 * (H2, or PostgreSQL in CI), with the service's own Flyway configuration.
 */
@QuarkusTest
class MigrationTest {

    private static final String SCHEMA = "migration_check";
    private static final String R1 = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
    private static final String R2 = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";
    private static final String CARD = "6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5";
    private static final String FEEDBACK = "7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    /** More than two of the migration's batches of 500. */
    private static final int PACKED_RECORDS = 1_201;

    @Inject
    Flyway service;

    @Inject
    DataSource dataSource;

    private Flyway schema(String target) {
        return Flyway.configure().configuration(service.getConfiguration())
                .schemas(SCHEMA).defaultSchema(SCHEMA).cleanDisabled(false).target(target).load();
    }

    @BeforeEach
    void cleanSchema() {
        schema("latest").clean();
    }

    private void firstSchemaWithRecords() throws SQLException {
        schema("1").migrate();
        execute("insert into recommendation_record (id, created_at, catalog_version, catalog_hash, channel,"
                + " client_id, signals) values ('" + R1 + "', current_timestamp, '1.0.2', '" + "a".repeat(64)
                + "', 'CDS_HOOKS', null, 'rootCauses=[FEAR,LOW_MOTIVATION]')",
                "insert into recommendation_record (id, created_at, catalog_version, catalog_hash, channel,"
                        + " client_id, signals) values ('" + R2 + "', current_timestamp, '1.0.2', '"
                        + "a".repeat(64) + "', 'REST', 'ehr-1', 'rootCauses=[]')",
                "insert into recommendation_root_cause values ('" + R1 + "', 'LOW_MOTIVATION')",
                "insert into recommendation_root_cause values ('" + R1 + "', 'FEAR')",
                "insert into recommended_strategy values ('" + R1 + "', 'second-one', 2, 2.0, null)",
                "insert into recommended_strategy values ('" + R1 + "', 'first-one', 1, 4.5, '" + CARD + "')",
                "insert into feedback values ('" + FEEDBACK + "', '" + R1 + "', 'first-one', 'ACCEPTED', null, null,"
                        + " 'CDS_HOOKS', current_timestamp)");
    }

    @AfterEach
    void dropSchema() {
        schema("latest").clean();
    }

    @Test
    void keepsTheFirstSchemasRootCausesAndRankedStrategies() throws SQLException {
        firstSchemaWithRecords();
        schema("latest").migrate();

        assertThat(rows("select id, root_causes, strategy_ids from recommendation_record order by id"))
                .containsExactly(R1 + " [FEAR, LOW_MOTIVATION] [first-one, second-one]", R2 + " [] []");
    }

    @Test
    void keepsCardsAndFeedbackAndDeletesThemWithTheirRecord() throws SQLException {
        firstSchemaWithRecords();
        schema("latest").migrate();

        assertThat(rows("select card_id, recommendation_id, strategy_id from recommendation_card"))
                .containsExactly(CARD + " " + R1 + " first-one");
        assertThat(rows("select recommendation_id, strategy_id from feedback")).containsExactly(R1 + " first-one");

        execute("delete from recommendation_record where id = '" + R1 + "'");

        assertThat(rows("select card_id from recommendation_card")).isEmpty();
        assertThat(rows("select id from feedback")).isEmpty();
    }

    @Test
    void unpacksEveryRecordsDelimitedTextIntoArrays() throws SQLException {
        schema("20").migrate();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < PACKED_RECORDS; i++) {
            records.add("insert into recommendation_record (id, created_at, catalog_version, catalog_hash, channel,"
                    + " client_id, signals, root_causes, strategies) values ('" + new UUID(0x0190a1b2c3d47e5fL, i)
                    + "', current_timestamp, '1.0.2', '" + "a".repeat(64) + "', 'REST', null, 'limit=5',"
                    + (i == 0 ? " '', ''" : " '|FEAR|LOW_MOTIVATION|', '|safety-planning=9.0|second-one=1.0E-4|'")
                    + ")");
        }
        execute(records.toArray(String[]::new));

        schema("latest").migrate();

        assertThat(rows("select root_causes, strategy_ids from recommendation_record where id = '"
                + new UUID(0x0190a1b2c3d47e5fL, 0) + "'")).as("empty lists").containsExactly("[] []");
        assertThat(rows("select root_causes, strategy_ids from recommendation_record where id = '"
                + new UUID(0x0190a1b2c3d47e5fL, PACKED_RECORDS - 1) + "'")).containsExactly(
                "[FEAR, LOW_MOTIVATION] [safety-planning, second-one]");
        assertThat(rows("select count(*) from recommendation_record"
                + " where cardinality(root_causes) = 2 and cardinality(strategy_ids) = 2"))
                .as("every record, across the migration's batches").containsExactly(
                        String.valueOf(PACKED_RECORDS - 1));
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String previous = connection.getSchema();
            connection.setSchema(SCHEMA);
            try {
                for (String sql : statements) {
                    statement.executeUpdate(sql);
                }
            } finally {
                connection.setSchema(previous);
            }
        }
    }

    /** Each row as its columns joined by one space. */
    private List<String> rows(String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String previous = connection.getSchema();
            connection.setSchema(SCHEMA);
            try (ResultSet result = statement.executeQuery(select)) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = result.getObject(i);
                        values.add(value instanceof Array array ? Arrays.toString((Object[]) array.getArray())
                                : value == null ? "" : value.toString());
                    }
                    rows.add(String.join(" ", values));
                }
            } finally {
                connection.setSchema(previous);
            }
        }
        return rows;
    }
}
