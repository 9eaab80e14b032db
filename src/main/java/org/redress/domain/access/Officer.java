package org.redress.domain.access;

import java.util.Objects;

/**
 * A person who works at a Redress desk.
 *
 * @param id          stable id, the one recorded on drafts, approvals and ledger entries
 * @param username    login name
 * @param displayName name shown on screens and letters
 * @param role        what the account may do
 * @param agencyCode  the agency or office the officer works for; recusal compares it with the
 *                    agency that issued a disputed deduction
 */
public record Officer(String id, String username, String displayName, Role role, String agencyCode) {

    public Officer {
        requireText(id, "id");
        requireText(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        requireText(agencyCode, "agencyCode");
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
