package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.store.Workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The {@code issued_letter} table: letters are added, never changed; a re-issue supersedes
 * ({@code letter_superseded}, where a sync also writes the hub's word on which letter is in force).
 * Letters other workstations of the office issued arrive by sync with an empty file path.
 */
public final class IssuedLetters {

    private static final String SELECT = """
            SELECT l.id, l.case_id, c.case_no, l.reference_no, l.language, l.issued_at, l.sha256, l.record_sha256,
                   l.file_path, l.signed, l.supersedes_id,
                   (SELECT n.reference_no FROM letter_superseded s JOIN issued_letter n ON n.id = s.superseded_by
                    WHERE s.letter_id = l.id) AS superseded_by,
                   u.sha256 AS upgraded_sha256, u.level_before, u.level, u.upgraded_at
            FROM issued_letter l JOIN appeal_case c ON c.id = l.case_id
            LEFT JOIN letter_upgrade u ON u.letter_id = l.id""";

    private final Connection connection;
    private final @Nullable Workspace workspace;

    /** @param workspace null for writing only (letters read back need it for their files) */
    public IssuedLetters(Connection connection, @Nullable Workspace workspace) {
        this.connection = connection;
        this.workspace = workspace;
    }

    /**
     * Notices (acknowledgements, information requests … from templates, {@code letters.templates}) read as
     * letters for verification: numbered from the same series, never superseded, never signed.
     */
    private static final String NOTICES = """
            SELECT n.id, n.case_id, c.case_no, n.reference_no, n.language, n.issued_at, n.sha256, n.record_sha256,
                   n.file_path, 0 AS signed, NULL AS supersedes_id, NULL AS superseded_by,
                   NULL AS upgraded_sha256, NULL AS level_before, NULL AS level, NULL AS upgraded_at
            FROM notice_letter n JOIN appeal_case c ON c.id = n.case_id""";

    /** The letter of any kind (decision letter or notice) with this reference. */
    public Optional<IssuedLetter> byReference(String referenceNo) throws SQLException {
        List<IssuedLetter> found = query(SELECT + " WHERE l.reference_no = ?", referenceNo);
        if (found.isEmpty()) {
            found = query(NOTICES + " WHERE n.reference_no = ?", referenceNo);
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /**
     * The letters of any kind (decision letters and notices) whose file has this SHA-256: as issued, or
     * as the workspace holds it since it was raised to B-LT ({@code letter_upgrade}).
     */
    public List<IssuedLetter> bySha256(String sha256) throws SQLException {
        List<IssuedLetter> found = query(SELECT + " WHERE l.id IN (SELECT id FROM issued_letter WHERE sha256 = ?"
                + " UNION ALL SELECT letter_id FROM letter_upgrade WHERE sha256 = ?)", sha256, sha256);
        return found.isEmpty() ? query(NOTICES + " WHERE n.sha256 = ?", sha256) : found;
    }

    /** Every letter of the case, oldest first. */
    public List<IssuedLetter> byCase(long caseId) throws SQLException {
        return query(SELECT + " WHERE l.case_id = ? ORDER BY l.id", caseId);
    }

    /** The case's letter in force: the latest which no other supersedes. */
    public Optional<IssuedLetter> current(long caseId) throws SQLException {
        List<IssuedLetter> all = byCase(caseId);
        for (IssuedLetter letter : all.reversed()) {
            if (letter.supersededBy() == null) {
                return Optional.of(letter);
            }
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    /**
     * The cases that have a current letter, by case number, with its reference: their latest letter
     * states their latest decision. A case whose decision changed since its last letter has none.
     */
    public Map<String, String> currentLetters() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT c.case_no, l.reference_no FROM appeal_case c"
                        + " JOIN issued_letter l ON l.id = (SELECT max(x.id) FROM issued_letter x WHERE x.case_id = c.id"
                        + " AND x.id NOT IN (SELECT letter_id FROM letter_superseded))"
                        + " WHERE l.decision_id = (SELECT max(id) FROM decision WHERE case_id = c.id)");
             ResultSet rs = ps.executeQuery()) {
            Map<String, String> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        }
    }

    /** Records a letter; returns its id. */
    long insert(long caseId, long decisionId, LetterReference reference, LetterLanguage language, Instant issuedAt,
                @Nullable Long issuedBy, String sha256, String recordSha256, String relativePath, boolean signed,
                @Nullable Long supersedesId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO issued_letter (case_id, decision_id, reference_no, office_code, year, sequence, language,
                    issued_at, issued_by, sha256, record_sha256, file_path, signed, supersedes_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, caseId);
            ps.setLong(2, decisionId);
            ps.setString(3, reference.toString());
            ps.setString(4, reference.office());
            ps.setInt(5, reference.year());
            ps.setInt(6, reference.sequence());
            ps.setString(7, language.name());
            ps.setString(8, issuedAt.toString());
            ps.setObject(9, issuedBy);
            ps.setString(10, sha256);
            ps.setString(11, recordSha256);
            ps.setString(12, relativePath);
            ps.setInt(13, signed ? 1 : 0);
            ps.setObject(14, supersedesId);
            ps.executeUpdate();
        }
        long id = lastId();
        if (supersedesId != null) {
            supersede(supersedesId, id);
        }
        return id;
    }

    /** Records that {@code letterId} is no longer in force: {@code byId} replaced it (the hub's word wins). */
    void supersede(long letterId, long byId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR REPLACE INTO letter_superseded (letter_id, superseded_by) VALUES (?, ?)")) {
            ps.setLong(1, letterId);
            ps.setLong(2, byId);
            ps.executeUpdate();
        }
    }

    boolean referenceTaken(String referenceNo) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM issued_letter WHERE reference_no = ?")) {
            ps.setString(1, referenceNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    long lastId() throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String held(ResultSet rs) throws SQLException {
        String upgraded = rs.getString("upgraded_sha256");
        return upgraded != null ? upgraded : rs.getString("sha256");
    }

    private static IssuedLetter.@Nullable Upgrade upgrade(ResultSet rs) throws SQLException {
        String level = rs.getString("level");
        String before = rs.getString("level_before");
        return level == null || level.equals(before) ? null
                : new IssuedLetter.Upgrade(before, level, Instant.parse(rs.getString("upgraded_at")));
    }

    private List<IssuedLetter> query(String sql, Object... keys) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                ps.setObject(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<IssuedLetter> out = new ArrayList<>();
                while (rs.next()) {
                    long supersedes = rs.getLong("supersedes_id");
                    Long supersedesId = rs.wasNull() ? null : supersedes;
                    out.add(new IssuedLetter(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_no"),
                            rs.getString("reference_no"), LetterLanguage.valueOf(rs.getString("language")),
                            Instant.parse(rs.getString("issued_at")), rs.getString("sha256"),
                            rs.getString("record_sha256"), java.util.Objects.requireNonNull(workspace, "workspace")
                                    .root().resolve(rs.getString("file_path")),
                            rs.getInt("signed") == 1, supersedesId, rs.getString("superseded_by"),
                            !rs.getString("file_path").isEmpty(), held(rs), upgrade(rs)));
                }
                return out;
            }
        }
    }
}
