package org.redress.store;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the queue shows. Every criterion narrows (AND); an empty status set means every status.
 *
 * @param overdueOn when set, only open cases whose deadline is before this day
 * @param text      free text for the full-text search (case number, subject name, statement, notes)
 * @param cases     when set, only these cases (the cases behind a report's figure, drilled into)
 */
public record QueueFilter(Set<CaseStatus> statuses, @Nullable Priority priority, @Nullable LocalDate overdueOn,
                          @Nullable String schemeCode, @Nullable RuleCategory ruleCategory,
                          @Nullable String agencyCode, @Nullable String region, AssigneeFilter assignee,
                          @Nullable String text, @Nullable CaseSet cases) {

    public static final QueueFilter ALL = new QueueFilter(Set.of(), null, null, null, null, null, null,
            AssigneeFilter.ANY, null, null);

    public QueueFilter(Set<CaseStatus> statuses, @Nullable Priority priority, @Nullable LocalDate overdueOn,
                       @Nullable String schemeCode, @Nullable RuleCategory ruleCategory,
                       @Nullable String agencyCode, @Nullable String region, AssigneeFilter assignee,
                       @Nullable String text) {
        this(statuses, priority, overdueOn, schemeCode, ruleCategory, agencyCode, region, assignee, text, null);
    }

    public QueueFilter {
        statuses = statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        Objects.requireNonNull(assignee, "assignee");
    }

    /** Open cases: those whose deadline still matters. */
    public static QueueFilter open() {
        EnumSet<CaseStatus> open = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            if (status.isOpen()) {
                open.add(status);
            }
        }
        return ALL.withStatuses(open);
    }

    public QueueFilter withStatuses(Set<CaseStatus> newStatuses) {
        return new QueueFilter(newStatuses, priority, overdueOn, schemeCode, ruleCategory, agencyCode, region,
                assignee, text, cases);
    }

    public QueueFilter withPriority(@Nullable Priority newPriority) {
        return new QueueFilter(statuses, newPriority, overdueOn, schemeCode, ruleCategory, agencyCode, region,
                assignee, text, cases);
    }

    public QueueFilter withOverdueOn(@Nullable LocalDate today) {
        return new QueueFilter(statuses, priority, today, schemeCode, ruleCategory, agencyCode, region, assignee, text,
                cases);
    }

    public QueueFilter withScheme(@Nullable String newSchemeCode) {
        return new QueueFilter(statuses, priority, overdueOn, newSchemeCode, ruleCategory, agencyCode, region,
                assignee, text, cases);
    }

    public QueueFilter withRuleCategory(@Nullable RuleCategory newCategory) {
        return new QueueFilter(statuses, priority, overdueOn, schemeCode, newCategory, agencyCode, region,
                assignee, text, cases);
    }

    public QueueFilter withAgency(@Nullable String newAgencyCode) {
        return new QueueFilter(statuses, priority, overdueOn, schemeCode, ruleCategory, newAgencyCode, region,
                assignee, text, cases);
    }

    public QueueFilter withRegion(@Nullable String newRegion) {
        return new QueueFilter(statuses, priority, overdueOn, schemeCode, ruleCategory, agencyCode, newRegion,
                assignee, text, cases);
    }

    public QueueFilter withAssignee(AssigneeFilter newAssignee) {
        return new QueueFilter(statuses, priority, overdueOn, schemeCode, ruleCategory, agencyCode, region,
                newAssignee, text, cases);
    }

    public QueueFilter withText(@Nullable String newText) {
        return new QueueFilter(statuses, priority, overdueOn, schemeCode, ruleCategory, agencyCode, region,
                assignee, newText, cases);
    }

    /** Only {@code newCases} (null: no such criterion). */
    public QueueFilter withCases(@Nullable CaseSet newCases) {
        return new QueueFilter(statuses, priority, overdueOn, schemeCode, ruleCategory, agencyCode, region, assignee,
                text, newCases);
    }

    /** True when only categorical criteria narrow the queue (so the stored facet counts answer counts). */
    boolean onlyFacets() {
        return cases == null && overdueOn == null && assignee instanceof AssigneeFilter.Any
                && CaseSearchText.matchQuery(text == null ? "" : text).isEmpty();
    }

    /** True when only the status set narrows the queue (so stored per-status counts answer counts). */
    boolean onlyStatuses() {
        return cases == null && priority == null && overdueOn == null && schemeCode == null && ruleCategory == null
                && agencyCode == null && region == null && assignee instanceof AssigneeFilter.Any
                && CaseSearchText.matchQuery(text == null ? "" : text).isEmpty();
    }
}
