package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;
import org.redress.domain.scheme.SchemeKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Checks one ledger record on its own (cross-record checks — duplicates, targets, the re-deduction
 * guard — belong to the importer). Every bad field is reported, not just the first. A correction's
 * rule must exist, but its points and the rule version that judges them follow from its target,
 * so {@link CorrectionCheck} judges them when the target is known.
 */
public final class LedgerRecordValidator {
    private final IntakeRules rules;
    /** Versions of each rule by scheme and code, so a million rows don't scan the catalog each. */
    private final java.util.Map<String, List<Rule>> versions = new java.util.HashMap<>();

    public LedgerRecordValidator(IntakeRules rules) {
        this.rules = rules;
    }

    public @Nullable IncomingLedgerEntry validate(RawRecord record, List<FeedProblem> problems) {
        FieldCheck f = new FieldCheck(record, problems);
        String reference = f.required("reference", 64);
        String agency = f.required("agency", 32);
        IncomingSubject subject = SubjectFields.read(f, rules.today());
        String schemeCode = f.required("scheme", 40);
        String ruleCode = f.required("rule", 40);
        Integer points = f.integer("points", true);
        LocalDate imposedOn = f.date("imposed_on", true, rules.today());
        LocalDate publicationUntil = f.anyDate("publication_until");
        String target = f.optional("target_reference", 64);
        Integer reported = f.integer("reported_score", false);
        String decisionRef = f.optional("decision_ref", 64);
        String imposedBy = f.optional("imposed_by", 64);

        if (agency != null && !rules.agencies().contains(agency)) {
            f.error("agency", "unknown agency '" + agency + "'; " + (rules.agencies().isEmpty()
                    ? "the workspace knows no agencies yet"
                    : "the workspace knows " + String.join(", ", rules.agencies().stream().sorted().toList())));
        }
        Scheme scheme = null;
        if (schemeCode != null) {
            Optional<Scheme> found = rules.catalog().scheme(schemeCode);
            if (found.isEmpty()) {
                f.error("scheme", "unknown scheme '" + schemeCode + "'");
            } else {
                scheme = found.get();
            }
        }
        LedgerEventKind defaultKind = scheme != null && scheme.kind() == SchemeKind.LIST
                ? LedgerEventKind.LIST_ENTRY : LedgerEventKind.DEDUCTION;
        LedgerEventKind kind = f.enumValue("kind", LedgerEventKind.class, defaultKind);
        boolean corrects = kind == LedgerEventKind.REVERSAL || kind == LedgerEventKind.AMENDMENT
                || kind == LedgerEventKind.LIST_REMOVAL;
        Rule rule = null;
        if (scheme != null && ruleCode != null && corrects) {
            // Which version judges an amendment's points follows from its target; no version at all is wrong anyway.
            checkWithoutDate(f, scheme, ruleCode, kind == LedgerEventKind.AMENDMENT ? points : null);
        } else if (scheme != null && ruleCode != null && imposedOn != null) {
            rule = findRule(f, scheme, ruleCode, imposedOn);
        } else if (scheme != null && ruleCode != null) {
            checkWithoutDate(f, scheme, ruleCode, points);
        }
        if (kind != null) {
            checkKind(f, kind, scheme, rule, points, imposedOn, publicationUntil, target);
        }
        if (f.failed() || reference == null || agency == null || subject == null || schemeCode == null
                || ruleCode == null || points == null || imposedOn == null || kind == null) {
            return null;
        }
        return new IncomingLedgerEntry(record.where(), agency, reference, subject, schemeCode, ruleCode, kind, points,
                imposedOn, publicationUntil, target, reported, decisionRef, imposedBy, ContentHash.of(record));
    }

    private List<Rule> versionsOf(Scheme scheme, String ruleCode) {
        return versions.computeIfAbsent(scheme.code() + '\u0000' + ruleCode, k -> scheme.ruleVersions(ruleCode));
    }

    private @Nullable Rule findRule(FieldCheck f, Scheme scheme, String ruleCode, LocalDate imposedOn) {
        List<Rule> versions = versionsOf(scheme, ruleCode);
        for (Rule v : versions) {
            if (v.inForceOn(imposedOn)) {
                return v;
            }
        }
        if (versions.isEmpty()) {
            f.error("rule", "unknown rule '" + ruleCode + "' in scheme " + scheme.code());
        } else {
            StringBuilder periods = new StringBuilder();
            for (Rule v : versions) {
                if (!periods.isEmpty()) {
                    periods.append(", ");
                }
                periods.append(v.effectiveFrom()).append(" to ").append(v.effectiveTo() == null ? "now" : v.effectiveTo());
            }
            f.error("rule", "rule " + ruleCode + " was not in force on " + imposedOn + " (in force " + periods + ")");
        }
        return null;
    }

    /** With no usable date the version is unknown, but an unknown rule or points no version allows still show. */
    private void checkWithoutDate(FieldCheck f, Scheme scheme, String ruleCode, @Nullable Integer points) {
        List<Rule> versions = versionsOf(scheme, ruleCode);
        if (versions.isEmpty()) {
            f.error("rule", "unknown rule '" + ruleCode + "' in scheme " + scheme.code());
        } else if (points != null && versions.stream().noneMatch(v -> v.allows(points))) {
            f.error("points", points + " is outside the range of every version of rule " + ruleCode + " ("
                    + String.join(", ", versions.stream().map(v -> v.points().toString()).toList()) + ")");
        }
    }

    private static void checkKind(FieldCheck f, LedgerEventKind kind, @Nullable Scheme scheme, @Nullable Rule rule,
                                  @Nullable Integer points, @Nullable LocalDate imposedOn,
                                  @Nullable LocalDate publicationUntil, @Nullable String target) {
        boolean corrects = kind == LedgerEventKind.REVERSAL || kind == LedgerEventKind.AMENDMENT
                || kind == LedgerEventKind.LIST_REMOVAL;
        if (corrects && target == null) {
            f.error("target_reference", "is required for a " + kind + " (the reference of the entry it corrects)");
        }
        if (!corrects && target != null) {
            f.error("target_reference", "only reversals, amendments and list removals name a target");
        }
        boolean listKind = kind == LedgerEventKind.LIST_ENTRY || kind == LedgerEventKind.LIST_REMOVAL;
        if (scheme != null && listKind != (scheme.kind() == SchemeKind.LIST) && kind != LedgerEventKind.REVERSAL
                && kind != LedgerEventKind.AMENDMENT) {
            f.error("kind", kind + " does not fit scheme " + scheme.code() + ", a " + scheme.kind() + " scheme");
        }
        if (rule == null || points == null) {
            return;
        }
        if ((kind == LedgerEventKind.DEDUCTION || kind == LedgerEventKind.ADDITION) && !rule.allows(points)) {
            f.error("points", points + " is outside the range of rule " + rule.code() + " (" + rule.points() + ")");
        }
        if (kind == LedgerEventKind.DEDUCTION && points > 0) {
            f.error("points", "a deduction takes negative points, found " + points);
        }
        if (kind == LedgerEventKind.LIST_ENTRY && imposedOn != null && rule.publication() != null
                && publicationUntil != null && !rule.publication().allows(imposedOn, publicationUntil)) {
            f.error("publication_until", "publication from " + imposedOn + " to " + publicationUntil
                    + " is outside the rule's period (" + rule.publication().earliestLastDay(imposedOn) + " to "
                    + rule.publication().latestLastDay(imposedOn) + ")");
        }
        if (publicationUntil != null && imposedOn != null && publicationUntil.isBefore(imposedOn)) {
            f.error("publication_until", publicationUntil + " is before imposed_on " + imposedOn);
        }
    }
}
