package org.redress.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bigram index finds everything the one-ideograph-per-token index found (issue 17): for texts
 * and typed words over a small alphabet of ideographs, Latin letters, digits and punctuation, a
 * word the old segmenting matched is matched now, and a word that occurs in the text as typed is
 * always found. Real FTS5 (in-memory SQLite) answers both.
 */
class CaseSearchBigramTest {

    private static Connection db;

    @BeforeContainer
    static void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = db.createStatement()) {
            st.execute("CREATE VIRTUAL TABLE old_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
            st.execute("CREATE VIRTUAL TABLE new_index USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
        }
    }

    @AfterContainer
    static void close() throws SQLException {
        db.close();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("医院未成年王芳张三区ab1 ,-").ofMinLength(1).ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("医院未成年王芳张三区ab1-").ofMinLength(1).ofMaxLength(5);
    }

    @Property(tries = 400)
    void whatTheOldIndexFoundTheBigramIndexFinds(@ForAll("texts") String text, @ForAll("words") String word)
            throws SQLException {
        boolean before = found("old_index", OldSegmenting.segment(text), OldSegmenting.matchQuery(word));
        boolean now = found("new_index", CaseSearchText.segment(text), CaseSearchText.matchQuery(word));
        if (before) {
            assertThat(now).as("'%s' in '%s'", word, text).isTrue();
        }
    }

    @Property(tries = 400)
    void aWordThatOccursInTheTextIsFound(@ForAll("texts") String text, @ForAll("words") String word)
            throws SQLException {
        String within = text + " " + word + " " + text;
        assertThat(found("new_index", CaseSearchText.segment(within), CaseSearchText.matchQuery(word)))
                .as("'%s' in '%s'", word, within).isEqualTo(CaseSearchText.matchQuery(word).isPresent());
    }

    private static boolean found(String table, String stored, Optional<String> query) throws SQLException {
        if (query.isEmpty()) {
            return false;
        }
        try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM " + table);
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (rowid, body) VALUES (1, ?)")) {
            insert.setString(1, stored);
            insert.executeUpdate();
        }
        try (PreparedStatement match = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?")) {
            match.setString(1, query.get());
            try (var rs = match.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** The segmenting before issue 17, kept here as the reference: every ideograph a token of its own. */
    static final class OldSegmenting {

        static String segment(String text) {
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
            StringBuilder out = new StringBuilder();
            normalised.codePoints().forEach(cp -> {
                if (CaseSearchText.isCjk(cp)) {
                    out.append(' ').appendCodePoint(cp).append(' ');
                } else {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        static Optional<String> matchQuery(String input) {
            List<String> phrases = new ArrayList<>();
            for (String word : Normalizer.normalize(input, Normalizer.Form.NFKC).trim().split("\\s+")) {
                List<String> tokens = new ArrayList<>();
                StringBuilder current = new StringBuilder();
                boolean lastIsCjk = false;
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    i += Character.charCount(cp);
                    if (CaseSearchText.isCjk(cp)) {
                        flush(current, tokens);
                        tokens.add(new String(Character.toChars(cp)));
                        lastIsCjk = true;
                    } else if (Character.isLetterOrDigit(cp)) {
                        current.appendCodePoint(cp);
                        lastIsCjk = false;
                    } else {
                        flush(current, tokens);
                    }
                }
                flush(current, tokens);
                if (!tokens.isEmpty()) {
                    String quoted = "\"" + String.join(" ", tokens) + "\"";
                    phrases.add(lastIsCjk ? quoted : quoted + " *");
                }
            }
            return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", phrases));
        }

        private static void flush(StringBuilder current, List<String> tokens) {
            if (!current.isEmpty()) {
                tokens.add(current.toString());
                current.setLength(0);
            }
        }
    }
}
