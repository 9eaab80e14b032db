package org.redress.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.store.LocalChange;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Letters this workstation issued before letters were synced (issue 16): their issue never wrote a
 * {@code letter.issue} to the outbox, so the hub does not know them. Each sync round puts such a
 * letter into the outbox once — the same {@code letter.issue} an issue writes today, through
 * {@link OutboxSink}, which also announces a case the hub has not heard of — so the hub knows every
 * letter of the office. A letter is known to have gone (or come from the hub) by its
 * {@code synced_record}, which the outbox row writes in the same transaction: a second round sends
 * nothing. Oldest first, so a letter that replaced an earlier one names it by its hub id. No audit
 * event: the letter's own was written when it was issued.
 */
final class LegacyLetters {

    private static final String UNSENT = """
            FROM issued_letter l JOIN appeal_case c ON c.id = l.case_id
            WHERE l.file_path <> ''
              AND NOT EXISTS (SELECT 1 FROM synced_record s WHERE s.entity = 'letter' AND s.local_id = l.id)""";

    private LegacyLetters() {
    }

    /** Whether any letter issued here has never gone to the hub. */
    static boolean any(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 " + UNSENT + " LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Puts up to {@code limit} of them into the outbox, in the caller's transaction; returns how many. */
    static int enqueue(Connection c, int limit) throws SQLException {
        record Letter(long id, String caseNo, String referenceNo, Long issuedBy, Instant issuedAt) {
        }
        List<Letter> letters = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT l.id, c.case_no, l.reference_no, l.issued_by, l.issued_at " + UNSENT + " ORDER BY l.id LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long by = rs.getLong(4);
                    letters.add(new Letter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : by,
                            Instant.parse(rs.getString(5))));
                }
            }
        }
        OutboxSink sink = new OutboxSink();
        for (Letter letter : letters) {
            var payload = JsonNodeFactory.instance.objectNode().put("letterId", letter.id())
                    .put("referenceNo", letter.referenceNo());
            sink.record(c, new LocalChange(MutationKind.LETTER_ISSUE, "case", letter.caseNo(), letter.issuedBy(), 0,
                    payload, letter.issuedAt()));
        }
        return letters.size();
    }
}
