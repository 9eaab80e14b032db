package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Pages of a search that matches many cases. Ordering tens of thousands of matches costs a row
 * lookup each; instead the matches are fetched once as a set and the queue is read in its own
 * index order, keeping the rows that match, until the page is full. When the filter keeps few of
 * the matches, so that the walk grows long, the caller falls back to ordering the matches.
 */
final class BroadSearch {

    /** Searches with fewer matches than this order the matches directly (it is cheap then). */
    static final int DEFAULT_THRESHOLD = 2_000;
    /** Queue rows read before giving up on the walk for this page. */
    static final int WALK_BUDGET = 50_000;

    private BroadSearch() {
    }

    /** The ids of the cases matching {@code match}, or null when there are fewer than {@code threshold}. */
    static @Nullable BitSet hits(Connection connection, String match, int threshold) throws SQLException {
        String ids;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT count(*), group_concat(rowid) FROM case_search WHERE case_search MATCH ?")) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) < threshold) {
                    return null;
                }
                // One string for the whole set: one call into the driver instead of one per match.
                ids = rs.getString(2);
            }
        }
        BitSet hits = new BitSet();
        long value = 0;
        for (int i = 0; i <= ids.length(); i++) {
            char ch = i < ids.length() ? ids.charAt(i) : ',';
            if (ch == ',') {
                if (value > Integer.MAX_VALUE) {
                    return null;
                }
                hits.set((int) value);
                value = 0;
            } else {
                value = value * 10 + (ch - '0');
            }
        }
        return hits;
    }

    /**
     * The ids of rows {@code [offset, offset + limit)} among the queue rows (in queue order) that
     * are in {@code hits}; null when that takes more than {@link #WALK_BUDGET} rows.
     */
    static @Nullable List<Long> idsInOrder(Connection connection, QueueFilter filterWithoutText, QueueOrder order,
                                           @Nullable QueueCursor after, long offset, int limit, BitSet hits)
            throws SQLException {
        QueueSql q = QueueSql.orderedIds(filterWithoutText, order, after, -1, 0);
        try (PreparedStatement ps = connection.prepareStatement(q.sql.toString())) {
            for (int i = 0; i < q.params.size(); i++) {
                ps.setObject(i + 1, q.params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> ids = new ArrayList<>(limit);
                long skipped = 0;
                int read = 0;
                while (ids.size() < limit && rs.next()) {
                    if (++read > WALK_BUDGET) {
                        return null;
                    }
                    long id = rs.getLong(1);
                    if (id <= Integer.MAX_VALUE && hits.get((int) id)) {
                        if (skipped < offset) {
                            skipped++;
                        } else {
                            ids.add(id);
                        }
                    }
                }
                return ids;
            }
        }
    }
}
