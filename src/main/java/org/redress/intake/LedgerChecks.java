package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The importer's ledger-side checks of a correction (reversal, amendment, list removal), in one
 * place for every store that takes ledger feeds: the workstation's import ({@link CorrectionCheck},
 * SQLite) and the hub's intake (PostgreSQL) find the target in their own rows and ask these the
 * same questions, refusing in the same words. The re-deduction guard is the domain's own
 * ({@link org.redress.domain.appeal.ReDeductionGuard}), fed by each store with its reversals.
 */
public final class LedgerChecks {

    private LedgerChecks() {
    }

    /** The entry a correction names, as its store holds it. */
    public record Target(String reference, LedgerEventKind kind, int points, String schemeCode, String ruleCode,
                         LocalDate imposedOn) {
    }

    /** One thing wrong with a record: the field it concerns and the words. */
    public record Misfit(String field, String message) {
    }

    /** The refusal of a correction whose target was reversed already ({@code where}: "in the workspace", "at the hub" …). */
    public static Misfit alreadyReversed(String targetReference, String by, String where) {
        return new Misfit("target_reference", "entry " + targetReference + " was already reversed by " + by + " " + where
                + "; an entry is reversed once, and a reversed entry is not corrected again");
    }

    /** The refusal of a correction naming an entry the store does not hold. */
    public static Misfit noTarget(String targetReference, String agency, String where) {
        return new Misfit("target_reference", "no entry " + targetReference + " of agency " + agency + " " + where
                + " or earlier in this file");
    }

    /** The refusal of a correction naming another subject's entry. */
    public static Misfit otherSubject(String targetReference) {
        return new Misfit("target_reference", "entry " + targetReference + " belongs to another subject");
    }

    /**
     * Whether correction {@code e} fits {@code target}: a list removal removes a list entry; the same
     * scheme (nothing else is judged when it differs) and rule; dated no earlier; a reversal or
     * removal restores exactly the target's points, an amendment's new value lies within the rule
     * as in force when the target was imposed. Every misfit, in that order; empty when it fits.
     */
    public static List<Misfit> correctionMisfits(IncomingLedgerEntry e, Target target, Catalog catalog) {
        List<Misfit> out = new ArrayList<>();
        String named = "entry " + target.reference();
        if (e.kind() == LedgerEventKind.LIST_REMOVAL && target.kind() != LedgerEventKind.LIST_ENTRY) {
            out.add(new Misfit("target_reference", named + " is a " + target.kind() + "; a list removal removes a list entry"));
        }
        if (!e.schemeCode().equals(target.schemeCode())) {
            out.add(new Misfit("scheme", named + " is under scheme " + target.schemeCode()
                    + "; a correction names its target's scheme"));
            return out;
        }
        if (!e.ruleCode().equals(target.ruleCode())) {
            out.add(new Misfit("rule", named + " was imposed under rule " + target.ruleCode()
                    + "; a correction names its target's rule, found " + e.ruleCode()));
        }
        if (e.imposedOn().isBefore(target.imposedOn())) {
            out.add(new Misfit("imposed_on", e.imposedOn() + " is before " + target.imposedOn() + ", when " + named
                    + " it corrects was imposed"));
        }
        pointsMisfits(e, target, named, catalog, out);
        return out;
    }

    private static void pointsMisfits(IncomingLedgerEntry e, Target target, String named, Catalog catalog,
                                      List<Misfit> out) {
        if (e.kind() == LedgerEventKind.AMENDMENT) {
            Rule rule = catalog.scheme(target.schemeCode()).flatMap(s -> s.rule(target.ruleCode(), target.imposedOn()))
                    .orElse(null);
            if (rule == null || !e.ruleCode().equals(target.ruleCode())) {
                return; // no version to judge by, or the rule itself was refused above
            }
            if (!rule.allows(e.points())) {
                out.add(new Misfit("points", e.points() + " is outside the range of rule " + rule.code()
                        + " as in force on " + target.imposedOn() + ", when " + named + " was imposed (" + rule.points() + ")"));
            }
            if (e.publicationUntil() != null && rule.publication() != null
                    && !rule.publication().allows(target.imposedOn(), e.publicationUntil())) {
                out.add(new Misfit("publication_until", "publication from " + target.imposedOn() + " to "
                        + e.publicationUntil() + " is outside the rule's period ("
                        + rule.publication().earliestLastDay(target.imposedOn()) + " to "
                        + rule.publication().latestLastDay(target.imposedOn()) + ")"));
            }
            return;
        }
        int restores = -target.points();
        if (e.points() != restores) {
            String what = e.kind() == LedgerEventKind.REVERSAL ? "a reversal" : "a list removal";
            out.add(new Misfit("points", what + " restores exactly its target's points: " + named + " has "
                    + target.points() + ", so its " + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " has " + restores + "; found " + e.points()));
        }
    }

    /** Whether {@code kind} reverses its target outright (the re-deduction guard then holds the target back). */
    public static boolean reverses(@Nullable LedgerEventKind kind) {
        return kind == LedgerEventKind.REVERSAL || kind == LedgerEventKind.LIST_REMOVAL;
    }
}
