package org.redress.domain.appeal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a case carries while it has no office number yet: made on a workstation that ran out
 * of leased numbers (offline), and replaced by the hub with a real one when the case's creation
 * reaches it. It never looks final: {@code RD-2026-P-3F2A9C17} has a {@code P} where a final
 * number has its six-digit sequence, and the letters after it come from the case's id, so it is
 * unique without asking anyone.
 */
public record ProvisionalCaseNumber(String office, int year, String tag) {

    private static final Pattern FORM = Pattern.compile("([A-Z]{2,8})-(\\d{4})-P-([0-9A-F]{8,32})");

    public ProvisionalCaseNumber {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(tag, "tag");
        if (!FORM.matcher(office + "-" + "%04d".formatted(year) + "-P-" + tag).matches()) {
            throw new IllegalArgumentException("not a provisional case number: " + office + " " + year + " " + tag);
        }
    }

    /** The provisional number of case {@code caseId}; {@code length} hex digits of the id (8 unless that is taken). */
    public static ProvisionalCaseNumber of(String office, int year, UUID caseId, int length) {
        String hex = caseId.toString().replace("-", "").toUpperCase(Locale.ROOT);
        return new ProvisionalCaseNumber(office, year, hex.substring(0, Math.max(8, Math.min(32, length))));
    }

    public static Optional<ProvisionalCaseNumber> tryParse(String text) {
        Matcher m = FORM.matcher(text);
        return m.matches() ? Optional.of(new ProvisionalCaseNumber(m.group(1), Integer.parseInt(m.group(2)), m.group(3)))
                : Optional.empty();
    }

    public static boolean isProvisional(String text) {
        return FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return "%s-%04d-P-%s".formatted(office, year, tag);
    }
}
