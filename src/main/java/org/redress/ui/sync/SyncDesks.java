package org.redress.ui.sync;

import org.redress.store.Database;
import org.redress.sync.SyncDesk;

import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.Map;

/** One sync desk per open workspace database, however many times the shell is built (sign-out, sign-in). */
public final class SyncDesks {

    private static final Map<Database, SyncDesk> OPEN = new IdentityHashMap<>();

    private SyncDesks() {
    }

    public static synchronized SyncDesk of(Database database, Clock clock) {
        return OPEN.computeIfAbsent(database, d -> SyncDesk.open(d, clock));
    }

    /** Stops the workspace's sync loop (before its database closes). */
    public static synchronized void close(Database database) {
        SyncDesk desk = OPEN.remove(database);
        if (desk != null) {
            desk.close();
        }
    }
}
