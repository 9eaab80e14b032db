package org.redress.letters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter's reference number, {@code RD-L-2026-000123}: the office code, {@code L} for letter
 * (case numbers read {@code RD-2026-000123}, so the two are never confused), the year of issue and
 * a six-digit sequence that runs per office and year and is never reused.
 */
public record LetterReference(String office, int year, int sequence) {

    private static final Pattern FORM = Pattern.compile("([A-Z]{2,8})-L-(\\d{4})-(\\d{6})");
    public static final int MAX_SEQUENCE = 999_999;

    public LetterReference {
        Objects.requireNonNull(office, "office");
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("a letter sequence runs from 1 to " + MAX_SEQUENCE);
        }
    }

    public static Optional<LetterReference> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int sequence = Integer.parseInt(m.group(3));
        return sequence == 0 ? Optional.empty()
                : Optional.of(new LetterReference(m.group(1), Integer.parseInt(m.group(2)), sequence));
    }

    @Override
    public String toString() {
        return "%s-L-%04d-%06d".formatted(office, year, sequence);
    }

    /**
     * Reserves the next {@code count} numbers of the office and year inside the caller's write
     * transaction and returns the first. A reserved number that ends up unused is never handed out again.
     */
    public static LetterReference reserve(Connection connection, String office, int year, int count)
            throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("reserve at least one number");
        }
        int last = 0;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT last_sequence FROM letter_reference_counter WHERE office_code = ? AND year = ?")) {
            ps.setString(1, office);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    last = rs.getInt(1);
                }
            }
        }
        if (last + count > MAX_SEQUENCE) {
            throw new LetterException("office " + office + " has used up its letter numbers for " + year);
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO letter_reference_counter (office_code, year, last_sequence) VALUES (?, ?, ?)
                ON CONFLICT (office_code, year) DO UPDATE SET last_sequence = excluded.last_sequence""")) {
            ps.setString(1, office);
            ps.setInt(2, year);
            ps.setInt(3, last + count);
            ps.executeUpdate();
        }
        return new LetterReference(office, year, last + 1);
    }
}
