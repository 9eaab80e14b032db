package org.redress.domain.appeal;

import org.jspecify.annotations.Nullable;
import org.redress.domain.calendar.CoverageWarning;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.DeadlineClock;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.scheme.Band;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.EssentialService;
import org.redress.domain.scheme.ListScale;
import org.redress.domain.scheme.NumericScale;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The terms a new appeal starts under: its priority and its two deadlines (acknowledge, decide),
 * reckoned on the official calendar from the day of receipt with the scheme's review terms. One
 * place for it, so an imported case, a demo case and a case typed in by hand agree.
 *
 * @param essentialServicesDenied the essential services the disputed entries' sanctions deny
 * @param warnings                calendar coverage warnings met while counting
 */
public record AppealTerms(Priority priority, LocalDate acknowledgeBy, LocalDate decideBy,
                          Set<EssentialService> essentialServicesDenied, List<CoverageWarning> warnings) {

    public AppealTerms {
        essentialServicesDenied = essentialServicesDenied.isEmpty() ? Set.of() : Set.copyOf(essentialServicesDenied);
        warnings = List.copyOf(warnings);
    }

    public static AppealTerms of(Catalog catalog, WorkingDayCalendar calendar, Scheme scheme,
                                 List<LedgerEvent> disputed, @Nullable LocalDate applicantBirthDate,
                                 LocalDate receivedOn) {
        Set<EssentialService> denied = EnumSet.noneOf(EssentialService.class);
        for (String code : sanctionsOf(scheme, disputed)) {
            catalog.sanction(code).ifPresent(s -> denied.addAll(s.deniesEssential()));
        }
        Set<String> deniedNames = new TreeSet<>();
        denied.forEach(d -> deniedNames.add(d.name()));
        Priority priority = PriorityPolicy.priorityOf(deniedNames, applicantBirthDate, receivedOn);

        DeadlineClock clock = new DeadlineClock(calendar);
        List<CoverageWarning> warnings = new ArrayList<>();
        var ack = calendar.addWorkingDays(receivedOn, scheme.terms().acknowledgeWithinWorkingDays());
        warnings.addAll(ack.warnings());
        Deadline decide = clock.deadline(receivedOn, scheme.terms().decideWithinWorkingDays(), List.of());
        for (CoverageWarning w : decide.warnings()) {
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
        LocalDate decideBy = ((Deadline.Due) decide).date(); // no pauses given, so never suspended
        return new AppealTerms(priority, ack.value(), decideBy, denied, warnings);
    }

    /**
     * The sanctions that hang on the disputed entries: each rule's own, the list's for a list
     * scheme, and the band's where a rule drops the subject straight to a grade.
     */
    static Set<String> sanctionsOf(Scheme scheme, List<LedgerEvent> disputed) {
        Set<String> codes = new LinkedHashSet<>();
        for (LedgerEvent e : disputed) {
            Rule rule = scheme.rule(e.ruleCode(), e.imposedOn()).orElse(null);
            if (rule == null) {
                continue;
            }
            codes.addAll(rule.sanctions());
            if (scheme.scale() instanceof ListScale list) {
                codes.addAll(list.sanctions());
            }
            if (rule.dropsToGrade() != null && scheme.scale() instanceof NumericScale numeric) {
                for (Band band : numeric.bands()) {
                    if (band.code().equals(rule.dropsToGrade())) {
                        codes.addAll(band.sanctions());
                    }
                }
            }
        }
        return codes;
    }
}
