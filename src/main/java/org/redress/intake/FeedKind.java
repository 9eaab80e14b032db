package org.redress.intake;

import java.util.List;

/** The two record types an agency feed carries; a CSV file holds one kind, told apart by its header. */
public enum FeedKind {
    /** Ledger entries: deductions, additions, list entries and their corrections. */
    LEDGER("ledgerEvents", List.of("reference", "agency", "subject_id", "subject_name", "scheme", "rule",
            "points", "imposed_on"),
            List.of("kind", "subject_kind", "region", "publication_until", "target_reference",
                    "reported_score", "id_override_reason", "decision_ref", "imposed_by")),
    /** Appeals against ledger entries already known (in the same feed or the workspace). */
    APPEALS("appeals", List.of("reference", "agency", "subject_id", "subject_name", "disputed", "grounds",
            "statement", "received_on"),
            List.of("ground_text", "channel", "region", "id_override_reason"));

    private final String jsonArray;
    private final List<String> required;
    private final List<String> optional;

    FeedKind(String jsonArray, List<String> required, List<String> optional) {
        this.jsonArray = jsonArray;
        this.required = required;
        this.optional = optional;
    }

    public String jsonArray() {
        return jsonArray;
    }

    public List<String> requiredFields() {
        return required;
    }

    public List<String> optionalFields() {
        return optional;
    }

    public boolean knows(String field) {
        return required.contains(field) || optional.contains(field);
    }
}
