package org.redress.intake;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.Ground;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An appeal record that passed validation; {@code disputed} are ledger references of the same agency. */
public record IncomingAppeal(SourceLocation where, String agency, String reference, IncomingSubject subject,
                             List<String> disputed, Set<Ground> grounds, @Nullable String groundText,
                             String statement, LocalDate receivedOn, String contentHash) {
}
