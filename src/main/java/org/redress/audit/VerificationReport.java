package org.redress.audit;

import java.util.List;
import java.util.Optional;

/**
 * What {@link AuditVerifier} checked and every break it found, in the order it walks: the chain,
 * the rows the chain vouches for, the evidence files, the issued letters.
 */
public record VerificationReport(long events, long rows, long evidenceFiles, long letters,
                                 List<IntegrityBreak> breaks, boolean moreBreaks) {

    public VerificationReport {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    public Optional<IntegrityBreak> firstBreak() {
        return breaks.stream().findFirst();
    }
}
