package org.redress.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.store.Database;
import org.redress.store.NumberSeries;
import org.redress.sync.protocol.NumberLease;

import java.util.List;
import java.util.UUID;

/**
 * What a hub needs to take over a workspace's cases and numbers (the demo's hub when first made,
 * test beds, benchmarks): the workspace's device id, the blocks of numbers it holds (to be recorded
 * as leased to that device), the highest numbers it gave before leases existed (to move the hub's
 * series past them), and its cases as their {@code case.create} would carry them, read a page at
 * a time so a workspace of a million cases is never held in memory at once.
 */
public record HubSeed(UUID device, List<NumberLease> leases, List<NumberSeries.Floor> floors) {

    /** Cases per page of {@link #cases}. */
    public static final int PAGE = 500;

    public static HubSeed of(Database database) {
        return database.read(c -> {
            NumberSeries numbers = new NumberSeries(c);
            List<NumberLease> leases = numbers.leases().stream()
                    .map(l -> new NumberLease(l.kind().name(), l.prefix(), l.year(), l.first(), l.last())).toList();
            return new HubSeed(new SyncMetaTable(c).read().clientId(), leases, numbers.floors());
        });
    }

    /** One page of cases to seed. */
    public interface Pages {
        void accept(List<ObjectNode> page) throws Exception;
    }

    /** Hands every case of the workspace to {@code pages}, {@value #PAGE} at a time, in id order. */
    public static void cases(Database database, Pages pages) throws Exception {
        long after = 0;
        while (true) {
            long from = after;
            List<ObjectNode> page = database.read(c -> CaseContent.page(c, from, PAGE));
            if (page.isEmpty()) {
                return;
            }
            after = page.getLast().get("storeId").asLong();
            page.forEach(n -> n.remove("storeId"));
            pages.accept(page);
        }
    }
}
