package org.redress.casework;

import org.redress.domain.scheme.LocalizedText;

import java.util.List;

/** What the queue's filter bar offers: the schemes, agencies, regions and officers of the workspace. */
public record QueueChoices(List<Choice> schemes, List<Choice> agencies, List<String> regions, List<Choice> officers) {

    /** A value to filter by and its name in both languages. */
    public record Choice(String code, LocalizedText name) {
    }

    public QueueChoices {
        schemes = List.copyOf(schemes);
        agencies = List.copyOf(agencies);
        regions = List.copyOf(regions);
        officers = List.copyOf(officers);
    }

    public static final QueueChoices NONE = new QueueChoices(List.of(), List.of(), List.of(), List.of());
}
