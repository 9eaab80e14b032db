package org.redress.store;

import java.io.Serial;

/** Someone changed the case since the caller read it: reload and decide again. */
public final class StaleCaseException extends StoreException {
    @Serial
    private static final long serialVersionUID = 1L;

    public StaleCaseException(long caseId, long expectedVersion) {
        super("case " + caseId + " is no longer at version " + expectedVersion);
    }
}
