package org.redress.ui.sync;

import org.redress.store.Database;
import org.redress.sync.HubException;
import org.redress.sync.SyncDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/** One sync desk per open workspace database, however many times the shell is built (sign-out, sign-in). */
public final class SyncDesks {

    private static final Logger LOG = LoggerFactory.getLogger(SyncDesks.class);
    private static final Map<Database, SyncDesk> OPEN = new IdentityHashMap<>();

    private SyncDesks() {
    }

    public static synchronized SyncDesk of(Database database, Clock clock) {
        return OPEN.computeIfAbsent(database, d -> SyncDesk.open(d, clock));
    }

    /**
     * Signs the officer who just signed in to the workstation in to the hub too, in the background,
     * with the same password (the hub holds the same verifier), so sync starts without a second
     * sign-in on the Sync screen. A hub that cannot be reached or refuses leaves the Sync screen's
     * sign-in row to the officer; the password copy is wiped either way.
     */
    public static void signInAlongside(Database database, Clock clock, String username, char[] password) {
        Thread.ofVirtual().name("redress-hub-sign-in").start(() -> {
            try {
                SyncDesk desk = of(database, clock);
                if (desk.configured()) {
                    desk.signIn(username, password);
                }
            } catch (HubException | RuntimeException e) {
                LOG.info("hub sign-in alongside the workstation's did not succeed: {}",
                        e instanceof HubException h ? h.kind() : e.getClass().getSimpleName());
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    /**
     * Ends the hub session of the officer who just signed out of the workstation, in the background
     * (a hub that cannot be reached lets the token lapse at its expiry).
     */
    public static void signOutAlongside(Database database, Clock clock, String username) {
        Thread.ofVirtual().name("redress-hub-sign-out").start(() -> {
            try {
                of(database, clock).signOut(username);
            } catch (RuntimeException e) {
                LOG.info("hub sign-out alongside the workstation's did not succeed: {}", e.getClass().getSimpleName());
            }
        });
    }

    /** Stops the workspace's sync loop (before its database closes). */
    public static synchronized void close(Database database) {
        SyncDesk desk = OPEN.remove(database);
        if (desk != null) {
            desk.close();
        }
    }
}
