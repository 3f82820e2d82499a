package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the record's arrays (V21) from the delimited text columns that V23 drops. Splitting a text into an
 * array needs a different function in every database (H2 has none), so the rows are read and split here. The
 * text is in the format V3 and the record writer wrote it: {@code |FEAR|TRUST|} and, in rank order,
 * {@code |strategy-id=4.5|second-id=2.0|}; an empty list is the empty text and becomes an empty array. The
 * scores are left behind (V21 says why).
 */
public class V22__Unpack_root_causes_and_strategies_into_arrays extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
                PreparedStatement write = connection.prepareStatement("update recommendation_record"
                        + " set root_causes = ?, strategy_ids = ? where id = ?")) {
            // Read in pages rather than all at once: PostgreSQL's driver holds a whole result in memory unless
            // it is given a fetch size (inside the migration's transaction).
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery(
                    "select id, packed_root_causes, packed_strategies from recommendation_record")) {
                int batched = 0;
                while (rows.next()) {
                    List<String> strategies = items(rows.getString(3));
                    String[] ids = new String[strategies.size()];
                    for (int i = 0; i < ids.length; i++) {
                        String strategy = strategies.get(i);
                        ids[i] = strategy.substring(0, strategy.lastIndexOf('='));
                    }
                    write.setObject(1, items(rows.getString(2)).toArray(String[]::new));
                    write.setObject(2, ids);
                    write.setObject(3, rows.getObject(1));
                    write.addBatch();
                    if (++batched == BATCH) {
                        write.executeBatch();
                        batched = 0;
                    }
                }
                write.executeBatch();
            }
        }
    }

    /** The items between the delimiters of {@code |A|B|}; none in the empty text. */
    private static List<String> items(String packed) {
        List<String> items = new ArrayList<>();
        int start = 1;
        while (start < packed.length()) {
            int end = packed.indexOf('|', start);
            items.add(packed.substring(start, end));
            start = end + 1;
        }
        return items;
    }
}
