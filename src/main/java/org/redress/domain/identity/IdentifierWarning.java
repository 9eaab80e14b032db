package org.redress.domain.identity;

/** Something implausible, not malformed, at positions {@code from..to} (1-based) of a checked value. */
public record IdentifierWarning(int from, int to, String detail) {
    public String describe() {
        return "position " + (from == to ? Integer.toString(from) : from + "-" + to) + ": " + detail;
    }
}
