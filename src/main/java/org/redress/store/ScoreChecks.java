package org.redress.store;

import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.ledger.ReportedScores;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of reported scores checked against the ledger ({@code score_check}, V60). A trigger marks a
 * subject's ledger under a scheme pending whenever an entry lands in it that carries a reported score,
 * or lands beside entries that do (an entry dated earlier changes every later score);
 * {@link #settle} recomputes the pending ledgers' checks inside the caller's write transaction. Imports
 * settle before they commit (and warn of the differences), reports before they read.
 */
public final class ScoreChecks {

    /** A settled check with whose ledger it is. */
    public record Settled(long subjectId, String schemeCode, String agencyCode, ReportedScores.Check check) {
    }

    private final Connection connection;
    private final Catalog catalog;

    public ScoreChecks(Connection connection, Catalog catalog) {
        this.connection = connection;
        this.catalog = catalog;
    }

    /** How many subject ledgers wait to be checked. */
    public long pending() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM score_check_pending");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Recomputes up to {@code limit} pending ledgers (on the writer) and returns their checks; call
     * until it returns fewer ledgers' worth than asked, or use {@link #settleAll}.
     */
    public List<Settled> settle(int limit) throws SQLException {
        List<long[]> subjects = new ArrayList<>();
        List<String> schemes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT subject_id, scheme_code FROM score_check_pending ORDER BY subject_id, scheme_code LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    subjects.add(new long[] {rs.getLong(1)});
                    schemes.add(rs.getString(2));
                }
            }
        }
        List<Settled> settled = new ArrayList<>();
        try (PreparedStatement ledger = connection.prepareStatement("""
                SELECT id, scheme_code, rule_code, kind, points, agency_code, imposed_on, reference, target_id,
                       publication_until, reported_score
                FROM ledger_event WHERE subject_id = ? AND scheme_code = ? ORDER BY imposed_on, id""");
             PreparedStatement clear = connection.prepareStatement(
                     "DELETE FROM score_check WHERE subject_id = ? AND scheme_code = ?");
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO score_check (ledger_event_id, subject_id, scheme_code, agency_code, imposed_on, reported,
                                              recomputed) VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement done = connection.prepareStatement(
                     "DELETE FROM score_check_pending WHERE subject_id = ? AND scheme_code = ?")) {
            for (int i = 0; i < subjects.size(); i++) {
                long subject = subjects.get(i)[0];
                String schemeCode = schemes.get(i);
                clear.setLong(1, subject);
                clear.setString(2, schemeCode);
                clear.executeUpdate();
                for (Settled s : check(ledger, subject, schemeCode)) {
                    insert.setLong(1, s.check().eventId());
                    insert.setLong(2, subject);
                    insert.setString(3, schemeCode);
                    insert.setString(4, s.agencyCode());
                    insert.setString(5, s.check().at().toString());
                    insert.setInt(6, s.check().reported());
                    SqlValues.setInt(insert, 7, s.check().recomputed());
                    insert.executeUpdate();
                    settled.add(s);
                }
                done.setLong(1, subject);
                done.setString(2, schemeCode);
                done.executeUpdate();
            }
        }
        return settled;
    }

    /** Settles every pending ledger. */
    public List<Settled> settleAll() throws SQLException {
        List<Settled> all = new ArrayList<>();
        while (true) {
            List<Settled> some = settle(2_000);
            all.addAll(some);
            if (pending() == 0) {
                return all;
            }
        }
    }

    private List<Settled> check(PreparedStatement ledger, long subject, String schemeCode) throws SQLException {
        ledger.setLong(1, subject);
        ledger.setString(2, schemeCode);
        List<LedgerEvent> events = new ArrayList<>();
        List<ReportedScores.Reported> reported = new ArrayList<>();
        Map<Long, String> agencies = new HashMap<>();
        try (ResultSet rs = ledger.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long target = rs.getLong(9);
                Long targetId = rs.wasNull() ? null : target;
                String until = rs.getString(10);
                events.add(new LedgerEvent(id, rs.getString(2), rs.getString(3), LedgerEventKind.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getString(6), java.time.LocalDate.parse(rs.getString(7)), rs.getString(8),
                        targetId, until == null ? null : java.time.LocalDate.parse(until)));
                int score = rs.getInt(11);
                if (!rs.wasNull()) {
                    reported.add(new ReportedScores.Reported(id, score));
                    agencies.put(id, rs.getString(6));
                }
            }
        }
        if (reported.isEmpty()) {
            return List.of();
        }
        Optional<Scheme> scheme = catalog.scheme(schemeCode);
        List<Settled> out = new ArrayList<>(reported.size());
        if (scheme.isEmpty()) {
            for (ReportedScores.Reported r : reported) {
                LedgerEvent e = events.stream().filter(x -> x.id() == r.eventId()).findFirst().orElseThrow();
                out.add(new Settled(subject, schemeCode, agencies.get(r.eventId()),
                        new ReportedScores.Check(r.eventId(), e.imposedOn(), r.score(), null)));
            }
            return out;
        }
        for (ReportedScores.Check c : ReportedScores.check(scheme.get(), catalog, events, reported)) {
            out.add(new Settled(subject, schemeCode, agencies.get(c.eventId()), c));
        }
        return out;
    }
}
