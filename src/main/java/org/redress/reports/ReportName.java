package org.redress.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The reports, by the name {@code redress report NAME} and {@code GET /v1/reports/NAME} take. */
public enum ReportName {
    /** Intake, the open caseload, deadlines kept and missed, time to decide, waiting, overdue. */
    CASELOAD,
    /** Overturn rates by rule, agency, region, scheme and category; the rule-review signal. */
    OUTCOMES,
    /** Scores agencies reported beside the ledger's, by agency. */
    DISCREPANCIES,
    /** Officers' caseloads, drafts returned, recusals and the four-eyes sample. */
    PEOPLE;

    /** {@code caseload}, {@code outcomes}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportName> byId(String id) {
        return Arrays.stream(values()).filter(n -> n.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public List<FigureId> figures() {
        return Arrays.stream(FigureId.values()).filter(f -> f.report() == this).toList();
    }

    /** The bundle key of the report's title. */
    public String titleKey() {
        return "report." + id() + ".title";
    }

    public String summaryKey() {
        return "report." + id() + ".summary";
    }
}
