package org.redress.ui.queue;

import org.redress.domain.scheme.LocalizedText;
import org.redress.store.CaseSet;

import java.util.Objects;

/**
 * The queue narrowed to the cases behind one figure of a report: the cases, and what they are in
 * both languages ("Overturned · Rule R-12 v2 · Overturn rate by rule · 2026-01-01 – 2026-03-31"),
 * which the queue shows in a chip above its filter bar until it is cleared.
 */
public record DrillDown(LocalizedText label, CaseSet cases) {

    public DrillDown {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cases, "cases");
    }
}
