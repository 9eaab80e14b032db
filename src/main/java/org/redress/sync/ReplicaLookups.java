package org.redress.sync;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What a page being applied needs to look up or remember in the replica: local ids of officers,
 * cases and rows already pulled (by hub id), with the prepared statements cached for the page.
 */
final class ReplicaLookups {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicaLookups.class);

    private final Connection connection;
    private final Instant now;
    private final Map<String, Long> officers = new HashMap<>();
    private final Map<String, Long> cases = new HashMap<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    ReplicaLookups(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
    }

    /** The local id of an officer known by username; one known only from the hub gets a row without a password. */
    long officer(String username) throws SQLException {
        Long cached = officers.get(username);
        if (cached != null) {
            return cached;
        }
        PreparedStatement find = statement("SELECT id FROM officer WHERE username = ?");
        find.setString(1, username);
        long id;
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                id = rs.getLong(1);
            } else {
                PreparedStatement insert = statement(
                        "INSERT INTO officer (username, display_name, role, created_at) VALUES (?, ?, 'OFFICER', ?)");
                insert.setString(1, username);
                insert.setString(2, username);
                insert.setString(3, SyncTimes.text(now));
                insert.executeUpdate();
                id = lastId();
            }
        }
        officers.put(username, id);
        return id;
    }

    /** The local id of the case the hub names by its global id; null when the replica does not hold it. */
    @Nullable Long caseId(String caseUuid) throws SQLException {
        Long cached = cases.get(caseUuid);
        if (cached != null) {
            return cached;
        }
        PreparedStatement find = statement("SELECT id FROM appeal_case WHERE case_uuid = ?");
        find.setString(1, caseUuid);
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            cases.put(caseUuid, rs.getLong(1));
            return rs.getLong(1);
        }
    }

    @Nullable Long known(String entity, String hubId) throws SQLException {
        PreparedStatement find = statement("SELECT local_id FROM synced_record WHERE entity = ? AND hub_id = ?");
        find.setString(1, entity);
        find.setString(2, hubId);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    void remember(String entity, String hubId, long localId) throws SQLException {
        PreparedStatement insert = statement("INSERT INTO synced_record (entity, hub_id, local_id) VALUES (?, ?, ?)");
        insert.setString(1, entity);
        insert.setString(2, hubId);
        insert.setLong(3, localId);
        insert.executeUpdate();
    }

    long lastId() throws SQLException {
        try (ResultSet rs = statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement cached = statements.get(sql);
        if (cached == null) {
            cached = connection.prepareStatement(sql);
            statements.put(sql, cached);
        }
        return cached;
    }

    void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("closing a statement failed", e);
            }
        }
        statements.clear();
    }
}
