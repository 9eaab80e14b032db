package org.redress.cli;

import org.jspecify.annotations.Nullable;
import org.redress.store.Database;
import org.redress.sync.HubException;
import org.redress.sync.SyncEngine;
import org.redress.sync.SyncMeta;
import org.redress.sync.SyncMetaTable;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

/**
 * The hub session a command needs for the office CA (enrolling a signing key, time-stamping letters):
 * the workspace's hub, signed in to with the officer's password as {@code redress sync} does, unless
 * the workspace already holds a current session of that officer.
 */
final class HubSignIn {

    private HubSignIn() {
    }

    /** Signs {@code user} in to the workspace's hub when needed; null when signed in, else why not. */
    static @Nullable HubException ensure(Database database, String user, char[] password) {
        SyncMeta meta = database.read(c -> new SyncMetaTable(c).read());
        if (meta.hubUrl() == null) {
            return new HubException(HubException.Kind.REFUSED, 0, "this workspace has no hub (sync with --hub first)");
        }
        if (!SyncCommand.needsHubSignIn(meta, null, user)) {
            return null;
        }
        try (SyncEngine engine = SyncEngine.connect(database, meta.hubUrl(), Clock.systemUTC(), SyncEngine.Settings.DEFAULT)) {
            engine.signIn(user, password, deviceName());
            return null;
        } catch (HubException e) {
            return e;
        }
    }

    private static String deviceName() {
        try {
            return "redress on " + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "redress";
        }
    }
}
