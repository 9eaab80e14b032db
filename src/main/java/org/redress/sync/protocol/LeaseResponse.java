package org.redress.sync.protocol;

import java.util.List;

/** The leases the hub granted (or granted before and now repeats) for a {@link LeaseRequest}. */
public record LeaseResponse(List<NumberLease> leases) {

    public LeaseResponse {
        leases = List.copyOf(leases);
    }
}
