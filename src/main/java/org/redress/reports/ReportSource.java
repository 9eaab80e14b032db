package org.redress.reports;

import org.redress.domain.appeal.FourEyesPolicy;
import org.redress.domain.scheme.LocalizedText;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grouped counts a report is assembled from, each read from one side's report tables with that
 * side's SQL ({@link LocalReportSql} over SQLite, {@code hub.reports.HubReportSql} over PostgreSQL).
 * The request's scheme and agency and the slice's scope narrow every read. {@link ReportBuilder}
 * turns the groups into figures the same way for both, so the two sides cannot disagree on what a
 * figure means.
 */
public interface ReportSource {

    /** Cases received in the period, by day of receipt: keys [received_on]; values [cases]. */
    List<Counted> intakeByDay(Slice slice);

    /** Open cases now: keys [status, received_on, deadline_on, paused_since]; values [cases]. */
    List<Counted> openCases(Slice slice);

    /** Open cases whose deadline has passed, by assignee: keys [assignee]; values [cases]. */
    List<Counted> overdueByAssignee(Slice slice);

    /**
     * Cases closed in the period as decided or not admissible: keys [closed_as, received_on,
     * closed_on, deadline_on]; values [cases].
     */
    List<Counted> closedCases(Slice slice);

    /** Cases received in the period: keys [ack_deadline_on, acknowledged_on]; values [cases]. */
    List<Counted> acknowledgements(Slice slice);

    /**
     * Outcomes of disputed entries decided in the period on the merits (upheld, reversed, amended):
     * keys [scheme_code, rule_code, version_from, agency_code, region]; values [decided, overturned].
     * {@code version_from} is the first day of the rule version in force when the entry was imposed,
     * for rules with more than one version ({@code versions}); null otherwise. A source may instead
     * give each figure's own groups: [scheme_code, rule_code, version_from, null, null] by rule,
     * [scheme_code, null, null, agency_code, null] by agency and [null, null, null, null, region] by
     * region (what the aggregates keep: {@link AggregateReportSql}).
     */
    List<Counted> outcomes(Slice slice, List<RuleVersion> versions);

    /**
     * Entries imposed in the period under the given (non-financial rule, financial scheme) pairs:
     * keys [scheme_code, rule_code]; values [entries, points, subjects]; and one more group with keys
     * [null, null] whose subjects value counts each subject once over all the pairs.
     */
    List<Counted> nonFinancialEntries(Slice slice, List<RuleVersion> rules);

    /** Re-deductions the guard refused in the period, by agency: keys [agency_code]; values [attempts]. */
    List<Counted> guardRefusals(Slice slice);

    /**
     * Reported scores on entries imposed in the period that could be recomputed: keys [agency_code,
     * scheme_code]; values [reports, differing, sum of |difference|, largest |difference|].
     */
    List<Counted> discrepancies(Slice slice);

    /** Ledgers whose reported scores are still to be checked (0 once settled). */
    long uncheckedLedgers();

    /** Open cases now by assignee: keys [assignee]; values [assigned, overdue]. */
    List<Counted> openByAssignee(Slice slice);

    /** Cases decided in the period by the drafter of their final decision: keys [drafter]; values [decided]. */
    List<Counted> decidedByDrafter(Slice slice);

    /** Drafts returned in the period by drafter: keys [drafter]; values [returned]. */
    List<Counted> returnedDrafts(Slice slice);

    /** Drafts returned in the period by the approver's comment: keys [comment]; values [returned]. */
    List<Counted> returnComments(Slice slice);

    /** Recusals declared in the period: keys [officer, kind (SUBJECT, AGENCY or CASE)]; values [declarations]. */
    List<Counted> recusals(Slice slice);

    /**
     * Cases decided in the period: keys [eligible, approved] (each 0 or 1), where eligible means
     * no reason but the sample could have sent the final decision to a supervisor under
     * {@code policy}; values [cases].
     */
    List<Counted> fourEyes(Slice slice, FourEyesPolicy policy);

    /** Names of agencies by code, in both languages. */
    Map<String, LocalizedText> agencyNames();

    /** Names of officers by the id the other reads give. */
    Map<String, String> officerNames();

    /** The figures this side cannot compute (with the reason in the bundle {@code report.unavailable.<key>}). */
    default Set<FigureId> unavailable() {
        return Set.of();
    }
}
