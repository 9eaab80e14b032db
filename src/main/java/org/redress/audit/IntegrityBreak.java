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

    public enum Area {
        /** The chain's own hashes, order and links. */
        CHAIN,
        /** The chain against heads recorded elsewhere: the signed checkpoints, the hub's head, a letter's. */
        ANCHOR,
        /** Rows against what the chain vouches for. */
        ROWS,
        /** The triggers that keep tables append-only. */
        GUARDS,
        EVIDENCE,
        LETTERS,
        /** Who may open the workspace's files. */
        ACCESS
    }

    @Override
    public String toString() {
        return area + (eventSeq == null ? "" : " at event " + eventSeq) + ": " + what + " (" + where + ")";
    }
}
