package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the record's new {@code root_causes} and {@code strategies} columns (V2) from the per-row tables that
 * V4 drops. Joining a list into one text needs a different function in every database, so the rows are read
 * and packed here, in the format the record writer wrote until V21 replaced the text with arrays:
 * {@code |FEAR|TRUST|} and, in rank order, {@code |strategy-id=4.5|}; an empty list is the empty text.
 */
public class V3__Pack_root_causes_and_strategies_into_the_record extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        pack(connection, "select recommendation_id, root_cause from recommendation_root_cause"
                + " order by recommendation_id, root_cause", false, "root_causes");
        pack(connection, "select recommendation_id, strategy_id, score from recommended_strategy"
                + " order by recommendation_id, strategy_rank", true, "strategies");
        try (Statement empty = connection.createStatement()) {
            empty.executeUpdate("update recommendation_record set root_causes = '' where root_causes is null");
            empty.executeUpdate("update recommendation_record set strategies = '' where strategies is null");
        }
    }

    /** Reads (recommendation id, item[, score]) rows ordered by recommendation, and writes each record's list. */
    private static void pack(Connection connection, String select, boolean scored, String column)
            throws SQLException {
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery(select);
                PreparedStatement write = connection.prepareStatement(
                        "update recommendation_record set " + column + " = ? where id = ?")) {
            Object current = null;
            StringBuilder packed = new StringBuilder();
            int batched = 0;
            while (rows.next()) {
                Object id = rows.getObject(1);
                if (current != null && !current.equals(id)) {
                    batched = add(write, packed, current, batched);
                    packed.setLength(0);
                }
                current = id;
                packed.append('|').append(rows.getString(2));
                if (scored) {
                    packed.append('=').append(rows.getDouble(3));
                }
            }
            if (current != null) {
                add(write, packed, current, batched);
            }
            write.executeBatch();
        }
    }

    private static int add(PreparedStatement write, StringBuilder packed, Object id, int batched)
            throws SQLException {
        write.setString(1, packed.append('|').toString());
        write.setObject(2, id);
        write.addBatch();
        if (batched + 1 == BATCH) {
            write.executeBatch();
            return 0;
        }
        return batched + 1;
    }
}
