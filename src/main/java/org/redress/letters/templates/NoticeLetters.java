package org.redress.letters.templates;

import org.jspecify.annotations.Nullable;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterReference;
import org.redress.store.Workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code notice_letter} table: notices are added, never changed. */
public final class NoticeLetters {

    private static final String SELECT = """
            SELECT n.id, n.case_id, c.case_no, n.kind, n.reference_no, n.language, n.issued_at, n.issued_by, n.sha256,
                   n.record_sha256, n.file_path, n.template_zh_id, n.template_en_id, n.fields
            FROM notice_letter n JOIN appeal_case c ON c.id = n.case_id""";

    private final Connection connection;
    private final Workspace workspace;

    public NoticeLetters(Connection connection, Workspace workspace) {
        this.connection = connection;
        this.workspace = workspace;
    }

    /** Every notice of the case, oldest first. */
    public List<NoticeLetter> byCase(long caseId) throws SQLException {
        return query(SELECT + " WHERE n.case_id = ? ORDER BY n.id", caseId);
    }

    public Optional<NoticeLetter> byReference(String referenceNo) throws SQLException {
        List<NoticeLetter> found = query(SELECT + " WHERE n.reference_no = ?", referenceNo);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** The latest notice of a kind on a case. */
    public Optional<NoticeLetter> latest(long caseId, NoticeKind kind) throws SQLException {
        List<NoticeLetter> found = query(SELECT + " WHERE n.case_id = ? AND n.kind = ? ORDER BY n.id DESC LIMIT 1", caseId,
                kind.name());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    long insert(long caseId, NoticeKind kind, LetterReference reference, LetterLanguage language, Instant issuedAt,
                @Nullable Long issuedBy, String sha256, String recordSha256, String relativePath,
                @Nullable Long templateZhId, @Nullable Long templateEnId, String fieldsJson) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO notice_letter (case_id, kind, reference_no, office_code, year, sequence, language, issued_at,
                    issued_by, sha256, record_sha256, file_path, template_zh_id, template_en_id, fields)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, caseId);
            ps.setString(2, kind.name());
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
            ps.setObject(13, templateZhId);
            ps.setObject(14, templateEnId);
            ps.setString(15, fieldsJson);
            ps.executeUpdate();
        }
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<NoticeLetter> query(String sql, Object... keys) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                ps.setObject(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<NoticeLetter> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new NoticeLetter(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            NoticeKind.valueOf(rs.getString(4)), rs.getString(5), LetterLanguage.valueOf(rs.getString(6)),
                            Instant.parse(rs.getString(7)), nullableLong(rs, 8), rs.getString(9), rs.getString(10),
                            workspace.root().resolve(rs.getString(11)), nullableLong(rs, 12), nullableLong(rs, 13),
                            rs.getString(14)));
                }
                return out;
            }
        }
    }

    private static @Nullable Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
