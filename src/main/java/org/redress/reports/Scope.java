package org.redress.reports;

import org.redress.domain.scheme.LocalizedText;

import java.util.List;

/**
 * Whose cases a report covers: an office's (a supervisor or auditor on its workstation or hub), one
 * officer's own caseload, or several offices' (a regional reader at the hub).
 *
 * @param offices     the offices' codes
 * @param officeNames the offices' names, in both languages
 * @param officerName the officer whose own caseload it is, or empty for a whole office
 */
public record Scope(List<String> offices, List<LocalizedText> officeNames, String officerName) {

    public Scope {
        offices = List.copyOf(offices);
        officeNames = List.copyOf(officeNames);
    }

    public static Scope office(String code, LocalizedText name) {
        return new Scope(List.of(code), List.of(name), "");
    }

    public static Scope officer(String code, LocalizedText name, String officerName) {
        return new Scope(List.of(code), List.of(name), officerName);
    }

    public boolean ownCaseload() {
        return !officerName.isEmpty();
    }
}
