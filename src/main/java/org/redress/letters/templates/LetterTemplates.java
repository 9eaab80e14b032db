package org.redress.letters.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code letter_template} table: versions are added, never changed. A kind and language with no
 * saved version reads as the built-in text ({@link DefaultTemplates}), written as version 1 the first
 * time a letter is issued from it ({@link #pinned}), so every issued letter names a row.
 */
public final class LetterTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT id, kind, language, version, title, paragraphs, saved_at, saved_by"
            + " FROM letter_template";

    private final Connection connection;

    public LetterTemplates(Connection connection) {
        this.connection = connection;
    }

    /** The version in force: the latest saved, else the built-in text (id 0, not saved yet). */
    public LetterTemplate current(NoticeKind kind, String language) throws SQLException {
        return latest(kind, language).orElseGet(() -> builtIn(kind, language));
    }

    /** The built-in text of a kind in a language, as version 1 not saved yet. */
    public static LetterTemplate builtIn(NoticeKind kind, String language) {
        var title = kind.defaultTitle();
        return new LetterTemplate(0, kind, language, 1, language.equals("ZH") ? title.zh() : title.en(),
                DefaultTemplates.paragraphs(kind, language), Instant.EPOCH, null);
    }

    /** The version in force, saved first when it is the built-in text; call inside a write. */
    LetterTemplate pinned(NoticeKind kind, String language, Instant now) throws SQLException {
        Optional<LetterTemplate> saved = latest(kind, language);
        if (saved.isPresent()) {
            return saved.get();
        }
        LetterTemplate builtIn = builtIn(kind, language);
        return insert(kind, language, 1, builtIn.title(), builtIn.paragraphs(), now, null);
    }

    public Optional<LetterTemplate> byId(long id) throws SQLException {
        List<LetterTemplate> found = query(SELECT + " WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** Every saved version of a kind in a language, newest first. */
    public List<LetterTemplate> history(NoticeKind kind, String language) throws SQLException {
        return query(SELECT + " WHERE kind = ? AND language = ? ORDER BY version DESC", kind.name(), language);
    }

    /**
     * Saves a new version (checked by the caller); unchanged text saves nothing and returns the version in force.
     */
    LetterTemplate save(NoticeKind kind, String language, String title, List<String> paragraphs, Instant now,
                        @Nullable Long savedBy) throws SQLException {
        LetterTemplate current = current(kind, language);
        if (current.id() != 0 && current.sha256().equals(LetterTemplate.digest(title, paragraphs))) {
            return current;
        }
        int version = current.id() == 0 ? 1 : current.version() + 1;
        if (current.id() == 0 && !current.sha256().equals(LetterTemplate.digest(title, paragraphs))) {
            // The built-in text becomes version 1, so what letters said before the edit stays on record.
            insert(kind, language, 1, current.title(), current.paragraphs(), now, null);
            version = 2;
        }
        return insert(kind, language, version, title, paragraphs, now, savedBy);
    }

    private Optional<LetterTemplate> latest(NoticeKind kind, String language) throws SQLException {
        List<LetterTemplate> found = query(SELECT + " WHERE kind = ? AND language = ? ORDER BY version DESC LIMIT 1",
                kind.name(), language);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    private LetterTemplate insert(NoticeKind kind, String language, int version, String title, List<String> paragraphs,
                                  Instant now, @Nullable Long savedBy) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO letter_template (kind, language, version, title, paragraphs, sha256, saved_at, saved_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, kind.name());
            ps.setString(2, language);
            ps.setInt(3, version);
            ps.setString(4, title);
            ps.setString(5, JSON.writeValueAsString(paragraphs));
            ps.setString(6, LetterTemplate.digest(title, paragraphs));
            ps.setString(7, now.toString());
            ps.setObject(8, savedBy);
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return new LetterTemplate(rs.getLong(1), kind, language, version, title, paragraphs, now, savedBy);
        }
    }

    private List<LetterTemplate> query(String sql, Object... keys) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                ps.setObject(i + 1, keys[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<LetterTemplate> out = new ArrayList<>();
                while (rs.next()) {
                    long by = rs.getLong(8);
                    out.add(new LetterTemplate(rs.getLong(1), NoticeKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getInt(4), rs.getString(5), JSON.readValue(rs.getString(6), new TypeReference<List<String>>() { }),
                            Instant.parse(rs.getString(7)), rs.wasNull() ? null : by));
                }
                return out;
            } catch (JsonProcessingException e) {
                throw new SQLException("a letter template's paragraphs are not a JSON list", e);
            }
        }
    }
}
