package org.redress.audit;

import java.util.List;
import java.util.Optional;

/**
 * What {@link AuditVerifier} checked and every break it found, in the order it walks: the chain,
 * its checkpoints, the rows the chain vouches for or reconciles, the guards, the evidence files,
 * the issued letters (and, from the command line, who may open the files). {@code checked} and
 * {@code notChecked} say in words what the verdict covers.
 */
public record VerificationReport(long events, long rows, long evidenceFiles, long letters,
                                 List<IntegrityBreak> breaks, boolean moreBreaks, List<String> checked,
                                 List<String> notChecked) {

    public VerificationReport {
        breaks = List.copyOf(breaks);
        checked = List.copyOf(checked);
        notChecked = List.copyOf(notChecked);
    }

    /** This report with more breaks and more checked, found outside the database (file permissions, letters). */
    public VerificationReport with(List<IntegrityBreak> more, String alsoChecked) {
        List<IntegrityBreak> all = new java.util.ArrayList<>(breaks);
        int room = Math.max(0, AuditVerifier.MAX_BREAKS - all.size());
        all.addAll(more.subList(0, Math.min(room, more.size())));
        List<String> done = new java.util.ArrayList<>(checked);
        done.add(alsoChecked);
        return new VerificationReport(events, rows, evidenceFiles, letters, all, moreBreaks || more.size() > room, done,
                notChecked);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    public Optional<IntegrityBreak> firstBreak() {
        return breaks.stream().findFirst();
    }
}
