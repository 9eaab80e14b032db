package org.redress.reports;

import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.LocalizedText;

import java.util.Comparator;
import java.util.List;

/** What a report may be narrowed to: the catalog's schemes and the agencies the workspace knows. */
public final class LocalReportChoices {

    /** A value and its name in both languages. */
    public record Choice(String code, LocalizedText name) {
    }

    private LocalReportChoices() {
    }

    static List<Choice> schemes(Catalog catalog) {
        return catalog.schemes().stream().map(s -> new Choice(s.code(), s.name())).toList();
    }

    static List<Choice> agencies(ReportSource source) {
        return source.agencyNames().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Choice::code)).toList();
    }
}
