package org.impasseadvisor.cdshooks.trust;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The {@code jti} values seen, kept in the shared database (table {@code seen_ehr_token}) until their
 * token expires, so that every replica refuses a token another one accepted. The primary key decides
 * which of two concurrent uses is the first. While the database cannot be reached, this instance's own
 * cache still refuses replays to it: an outage of the database does not stop EHR calls.
 */
final class DatabaseReplayStore implements ReplayStore {

    private static final Logger LOG = Logger.getLogger(DatabaseReplayStore.class);
    private static final String INTEGRITY_VIOLATION = "23";

    private final DataSource dataSource;
    private final Runnable ensureSchema;
    private final ReplayCache fallback = new ReplayCache();
    private volatile Instant nextPurge = Instant.EPOCH;

    /** @param ensureSchema migrates the schema if that is not done yet; throws when it cannot */
    DatabaseReplayStore(DataSource dataSource, Runnable ensureSchema) {
        this.dataSource = dataSource;
        this.ensureSchema = ensureSchema;
    }

    @Override
    public boolean firstUse(String issuer, String jti, Instant keepUntil, Instant now) {
        boolean firstHere = fallback.firstUse(issuer, jti, keepUntil, now);
        try {
            ensureSchema.run();
            try (Connection connection = dataSource.getConnection()) {
                purgeExpired(connection, now);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO seen_ehr_token (token_key, expires_at) VALUES (?, ?)")) {
                    insert.setString(1, key(issuer, jti));
                    insert.setLong(2, keepUntil.getEpochSecond() + 1);
                    insert.executeUpdate();
                    return firstHere;
                }
            }
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return false;
            }
            LOG.warnf("Seen EHR tokens could not be checked in the database (SQL state %s); this instance's"
                    + " own record is used", e.getSQLState());
            return firstHere;
        } catch (RuntimeException e) {
            LOG.warnf("Seen EHR tokens could not be checked in the database (%s); this instance's own record is"
                    + " used", e.getClass().getSimpleName());
            return firstHere;
        }
    }

    private void purgeExpired(Connection connection, Instant now) throws SQLException {
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plusSeconds(60);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM seen_ehr_token WHERE expires_at < ?")) {
            delete.setLong(1, now.getEpochSecond());
            delete.executeUpdate();
        }
    }

    /** SHA-256 of issuer and jti: a fixed-length key, and no caller-chosen text in the database. */
    static String key(String issuer, String jti) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((issuer + "\n" + jti).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
