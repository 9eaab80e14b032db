package org.redress.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.store.Database;
import org.redress.store.NumberSeries;
import org.redress.sync.protocol.NumberLease;

import java.util.List;
import java.util.UUID;

/**
 * What a hub needs to take over a workspace's cases and numbers (the demo's hub when first made,
 * test beds): every case as its {@code case.create} would carry it, the blocks of numbers the
 * workspace holds (to be recorded as leased to its device), and the highest numbers it gave
 * before leases existed (to move the hub's series past them).
 */
public record HubSeed(UUID device, List<ObjectNode> cases, List<NumberLease> leases, List<NumberSeries.Floor> floors) {

    public static HubSeed of(Database database) {
        return database.read(c -> {
            NumberSeries numbers = new NumberSeries(c);
            List<NumberLease> leases = numbers.leases().stream()
                    .map(l -> new NumberLease(l.kind().name(), l.prefix(), l.year(), l.first(), l.last())).toList();
            return new HubSeed(new SyncMetaTable(c).read().clientId(), CaseContent.all(c), leases, numbers.floors());
        });
    }
}
