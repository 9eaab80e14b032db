package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Every figure of every report, with the columns it shows and the day the period is read against.
 * Its title, definition and chart description are in the bundles under {@code report.figure.<key>}.
 */
public enum FigureId {
    INTAKE_WEEKLY(ReportName.CASELOAD, "intake_weekly", Chart.LINE, Basis.RECEIVED, List.of(Measure.CASES)),
    OPEN_BY_STATUS(ReportName.CASELOAD, "open_by_status", Chart.BAR, Basis.NOW, List.of(Measure.CASES)),
    OPEN_BY_AGE(ReportName.CASELOAD, "open_by_age", Chart.BAR, Basis.NOW, List.of(Measure.CASES)),
    OPEN_BY_DEADLINE(ReportName.CASELOAD, "open_by_deadline", Chart.BAR, Basis.NOW, List.of(Measure.CASES)),
    DECIDED_IN_TIME(ReportName.CASELOAD, "decided_in_time", Chart.BAR, Basis.CLOSED, List.of(Measure.CASES)),
    ACKNOWLEDGED_IN_TIME(ReportName.CASELOAD, "acknowledged_in_time", Chart.BAR, Basis.RECEIVED, List.of(Measure.CASES)),
    DAYS_TO_DECIDE(ReportName.CASELOAD, "days_to_decide", Chart.BAR, Basis.CLOSED, List.of(Measure.CASES)),
    WAITING_ON_APPLICANT(ReportName.CASELOAD, "waiting_on_applicant", Chart.BAR, Basis.NOW, List.of(Measure.CASES)),
    OVERDUE_BY_OFFICER(ReportName.CASELOAD, "overdue_by_officer", Chart.BAR, Basis.NOW, List.of(Measure.CASES)),

    OVERTURN_BY_RULE(ReportName.OUTCOMES, "overturn_by_rule", Chart.RATES, Basis.DECIDED, rates()),
    OVERTURN_BY_AGENCY(ReportName.OUTCOMES, "overturn_by_agency", Chart.RATES, Basis.DECIDED, rates()),
    OVERTURN_BY_REGION(ReportName.OUTCOMES, "overturn_by_region", Chart.HEAT, Basis.DECIDED, rates()),
    OVERTURN_BY_SCHEME(ReportName.OUTCOMES, "overturn_by_scheme", Chart.RATES, Basis.DECIDED, rates()),
    OVERTURN_BY_CATEGORY(ReportName.OUTCOMES, "overturn_by_category", Chart.RATES, Basis.DECIDED, rates()),
    NONFINANCIAL_IN_FINANCIAL(ReportName.OUTCOMES, "nonfinancial_in_financial", Chart.BAR, Basis.IMPOSED,
            List.of(Measure.ENTRIES, Measure.SUBJECTS, Measure.POINTS)),
    REDEDUCTIONS_REFUSED(ReportName.OUTCOMES, "redeductions_refused", Chart.BAR, Basis.REFUSED, List.of(Measure.ATTEMPTS)),

    DISCREPANCIES_BY_AGENCY(ReportName.DISCREPANCIES, "discrepancies_by_agency", Chart.RATES, Basis.IMPOSED,
            List.of(Measure.REPORTS, Measure.DIFFERING, Measure.RATE, Measure.MEAN_DIFFERENCE,
                    Measure.LARGEST_DIFFERENCE)),
    DISCREPANCIES_BY_SCHEME(ReportName.DISCREPANCIES, "discrepancies_by_scheme", Chart.RATES, Basis.IMPOSED,
            List.of(Measure.REPORTS, Measure.DIFFERING, Measure.RATE, Measure.MEAN_DIFFERENCE,
                    Measure.LARGEST_DIFFERENCE)),

    OFFICER_CASELOAD(ReportName.PEOPLE, "officer_caseload", Chart.BAR, Basis.MIXED,
            List.of(Measure.ASSIGNED, Measure.DECIDED, Measure.OVERDUE)),
    DRAFTS_RETURNED(ReportName.PEOPLE, "drafts_returned", Chart.BAR, Basis.RETURNED, List.of(Measure.RETURNED)),
    RETURN_REASONS(ReportName.PEOPLE, "return_reasons", Chart.TABLE, Basis.RETURNED, List.of(Measure.RETURNED)),
    RECUSALS(ReportName.PEOPLE, "recusals", Chart.BAR, Basis.DECLARED, List.of(Measure.DECLARATIONS)),
    FOUR_EYES_SAMPLE(ReportName.PEOPLE, "four_eyes_sample", Chart.BAR, Basis.CLOSED, List.of(Measure.CASES));

    /** How the figure is drawn on screen and on paper. */
    public enum Chart {
        /** One bar per row. */
        BAR,
        /** A line over time (rows in order). */
        LINE,
        /** A bar per row for the rate, with its interval drawn as a whisker. */
        RATES,
        /** A table whose rate cells are shaded by the rate. */
        HEAT,
        /** A table only. */
        TABLE
    }

    /** Which day of a case or entry the report's period is read against. */
    public enum Basis {
        /** The day the case was received. */
        RECEIVED,
        /** The day the case was decided (or found not admissible, or withdrawn). */
        CLOSED,
        /** The day the case whose outcome is counted was decided. */
        DECIDED,
        /** The day the ledger entry was imposed. */
        IMPOSED,
        /** The day the import met the re-deduction guard. */
        REFUSED,
        /** The day the draft was returned. */
        RETURNED,
        /** The day the recusal was declared. */
        DECLARED,
        /** Now: the period does not apply. */
        NOW,
        /** Each column says. */
        MIXED
    }

    private final ReportName report;
    private final String key;
    private final Chart chart;
    private final Basis basis;
    private final List<Measure> columns;

    FigureId(ReportName report, String key, Chart chart, Basis basis, List<Measure> columns) {
        this.report = report;
        this.key = key;
        this.chart = chart;
        this.basis = basis;
        this.columns = columns;
    }

    private static List<Measure> rates() {
        return List.of(Measure.DECIDED, Measure.OVERTURNED, Measure.RATE);
    }

    public ReportName report() {
        return report;
    }

    /** {@code intake_weekly}: stable, in CSV files and the hub's JSON. */
    public String key() {
        return key;
    }

    public Chart chart() {
        return chart;
    }

    public Basis basis() {
        return basis;
    }

    public List<Measure> columns() {
        return columns;
    }

    /** For rate figures: the count the rate is a share of, and the share's count. */
    public @Nullable Measure denominator() {
        return switch (this) {
            case OVERTURN_BY_RULE, OVERTURN_BY_AGENCY, OVERTURN_BY_REGION, OVERTURN_BY_SCHEME, OVERTURN_BY_CATEGORY ->
                    Measure.DECIDED;
            case DISCREPANCIES_BY_AGENCY, DISCREPANCIES_BY_SCHEME -> Measure.REPORTS;
            default -> null;
        };
    }

    public @Nullable Measure numerator() {
        return switch (this) {
            case OVERTURN_BY_RULE, OVERTURN_BY_AGENCY, OVERTURN_BY_REGION, OVERTURN_BY_SCHEME, OVERTURN_BY_CATEGORY ->
                    Measure.OVERTURNED;
            case DISCREPANCIES_BY_AGENCY, DISCREPANCIES_BY_SCHEME -> Measure.DIFFERING;
            default -> null;
        };
    }

    /** Free text officers wrote (return comments): on screen only, never in an export. */
    public boolean screenOnly() {
        return this == RETURN_REASONS;
    }

    public String titleKey() {
        return "report.figure." + key + ".title";
    }

    public String definitionKey() {
        return "report.figure." + key + ".definition";
    }

    public static java.util.Optional<FigureId> byKey(String key) {
        for (FigureId f : values()) {
            if (f.key.equals(key)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
