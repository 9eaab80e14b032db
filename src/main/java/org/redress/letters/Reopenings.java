package org.redress.letters;

import org.redress.store.CaseEventRow;
import org.redress.store.CaseRepository;
import org.redress.store.Database;

import java.time.Clock;
import java.util.Optional;

/**
 * For verification: whether the case of a superseded letter was reopened after the letter was
 * issued (the case history's {@code REOPENED} line, whose detail starts with the reason code), so
 * the report says the letter gave way to a new decision, not merely to a re-issue. Only the
 * reason code is quoted, never the supervisor's explanation.
 */
final class Reopenings {

    /** The case history's action for a reopening (casework's ReopenService writes it). */
    static final String REOPENED = "REOPENED";

    private Reopenings() {
    }

    static Optional<String> after(Database database, IssuedLetter letter) {
        return database.read(c -> {
            for (CaseEventRow event : new CaseRepository(c, Clock.systemUTC()).history(letter.caseId()).reversed()) {
                if (event.action().equals(REOPENED) && !event.at().isBefore(letter.issuedAt())) {
                    String detail = event.detail() == null ? "" : event.detail();
                    int colon = detail.indexOf(':');
                    String code = colon < 0 ? detail : detail.substring(0, colon);
                    String why = switch (code) {
                        case "NEW_EVIDENCE" -> "new evidence";
                        case "ERROR_FOUND" -> "an error found in the decision";
                        default -> "a reason recorded on the case";
                    };
                    return Optional.of("reopened: case " + letter.caseNo() + " was reopened on "
                            + event.at().toString().substring(0, 10) + " for " + why
                            + " and decided again; this letter's decision is superseded");
                }
            }
            return Optional.<String>empty();
        });
    }
}
