package org.redress.sync.protocol;

import java.util.List;
import java.util.UUID;

/**
 * {@code POST /v1/numbers/leases}: the series a workstation is running low on. For each, the hub
 * first returns any lease it granted this device that ends after {@code knownLast} (an answer the
 * workstation never received); only if there is none does it grant a new block of {@code size}.
 * {@code usedAbove} is the highest number of the series the workstation already holds (numbers
 * given before leasing existed); the hub moves the series past it.
 */
public record LeaseRequest(UUID clientId, List<Want> series) {

    public LeaseRequest {
        series = List.copyOf(series);
    }

    /** One series the workstation wants numbers of. */
    public record Want(String kind, String prefix, int year, long knownLast, long usedAbove, int size) {
    }
}
