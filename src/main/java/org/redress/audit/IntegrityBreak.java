package org.redress.audit;

import org.jspecify.annotations.Nullable;

/**
 * One place where the workspace no longer matches what its audit log vouches for.
 *
 * @param eventSeq the audit event concerned (the broken one, or the one that vouched for the row);
 *                 null when no event names the thing that broke
 * @param what     what is wrong, in words
 * @param where    the row or file: {@code audit_event 17}, {@code decision 42}, {@code evidence/ab/cd/…}
 */
public record IntegrityBreak(Area area, @Nullable Long eventSeq, String what, String where) {

    public enum Area { CHAIN, ANCHOR, ROWS, EVIDENCE, LETTERS }

    @Override
    public String toString() {
        return area + (eventSeq == null ? "" : " at event " + eventSeq) + ": " + what + " (" + where + ")";
    }
}
