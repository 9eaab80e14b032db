package org.redress.sync;

import org.redress.store.Database;

import java.time.Instant;
import java.util.Optional;

/**
 * The office's CA services (certifying a key, time-stamps, the CRL) over the hub session this
 * workspace holds for one officer (issue 16, item 3): never over another officer's session, nor an
 * expired one. Reading is cheap and never talks to the hub.
 */
public final class OfficeSession {

    private OfficeSession() {
    }

    /** Whether this workspace knows a hub at all (it synced, or was pointed at one). */
    public static boolean hubKnown(Database database) {
        return database.read(c -> new SyncMetaTable(c).read()).hubUrl() != null;
    }

    /** The hub's services for {@code username}, when the workspace holds a current hub session of theirs. */
    public static Optional<HubOfficeServices> of(Database database, String username) {
        SyncMeta meta = database.read(c -> new SyncMetaTable(c).read());
        if (meta.hubUrl() == null || meta.hubToken() == null || !username.equals(meta.hubOfficer())
                || meta.tokenExpires() != null && meta.tokenExpires().isBefore(Instant.now())) {
            return Optional.empty();
        }
        String token = meta.hubToken();
        return Optional.of(new HubOfficeServices(new HubClient(meta.hubUrl(), () -> token, new HubTrust(meta.hubPin()))));
    }
}
