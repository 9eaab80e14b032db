package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.Ground;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks one appeal record on its own; whether its disputed entries exist is the importer's job. */
public final class AppealRecordValidator {
    static final int MAX_DISPUTED = 20;
    private final IntakeRules rules;

    public AppealRecordValidator(IntakeRules rules) {
        this.rules = rules;
    }

    public @Nullable IncomingAppeal validate(RawRecord record, List<FeedProblem> problems) {
        FieldCheck f = new FieldCheck(record, problems);
        String reference = f.required("reference", 64);
        String agency = f.required("agency", 32);
        IncomingSubject subject = SubjectFields.read(f, rules.today());
        String disputedRaw = f.required("disputed", 64 * MAX_DISPUTED);
        String groundsRaw = f.required("grounds", 400);
        String groundText = f.text("ground_text", 2_000, false);
        String statement = f.text("statement", 20_000, true);
        LocalDate receivedOn = f.date("received_on", true, rules.today());
        f.optional("channel", 20);

        if (agency != null && !rules.agencies().contains(agency)) {
            f.error("agency", "unknown agency '" + agency + "'");
        }
        List<String> disputed = disputedRaw == null ? List.of() : splitList(disputedRaw);
        if (disputedRaw != null && disputed.isEmpty()) {
            f.error("disputed", "names no ledger reference");
        }
        if (disputed.size() > MAX_DISPUTED) {
            f.error("disputed", "names " + disputed.size() + " entries; one appeal disputes at most " + MAX_DISPUTED);
        }
        Set<Ground> grounds = groundsRaw == null ? Set.of() : grounds(f, groundsRaw);
        if (grounds.contains(Ground.OTHER) && groundText == null) {
            f.error("ground_text", "is required when the grounds include OTHER");
        }
        if (f.failed() || reference == null || agency == null || subject == null || statement == null
                || receivedOn == null) {
            return null;
        }
        return new IncomingAppeal(record.where(), agency, reference, subject, disputed, grounds, groundText,
                statement, receivedOn, ContentHash.of(record));
    }

    private static Set<Ground> grounds(FieldCheck f, String raw) {
        Set<Ground> grounds = EnumSet.noneOf(Ground.class);
        for (String part : splitList(raw)) {
            try {
                grounds.add(Ground.valueOf(part.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                f.error("grounds", "'" + part + "' is not a ground; use " + String.join(", ",
                        java.util.Arrays.stream(Ground.values()).map(Enum::name).toList()));
            }
        }
        if (grounds.isEmpty() && !f.failed()) {
            f.error("grounds", "names no ground");
        }
        return grounds;
    }

    /** Semicolon-separated (as CSV carries lists), blanks dropped, order kept, repeats removed. */
    static List<String> splitList(String raw) {
        Set<String> parts = new LinkedHashSet<>();
        for (String part : raw.split(";")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return new ArrayList<>(parts);
    }
}
