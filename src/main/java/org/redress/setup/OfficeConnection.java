package org.redress.setup;

import org.jspecify.annotations.Nullable;
import org.redress.platform.FolderTrees;
import org.redress.security.HubVouchedAccounts;
import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.DeviceKey;
import org.redress.sync.DeviceKeyFile;
import org.redress.sync.HubClient;
import org.redress.sync.HubException;
import org.redress.sync.HubTrust;
import org.redress.sync.SyncEngine;
import org.redress.sync.SyncReport;
import org.redress.sync.protocol.KeyFingerprint;
import org.redress.sync.protocol.SignInResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Connecting a new workstation to its office, the way the first-run screen does it: meet the hub
 * (learn the fingerprint of its certificate key, for the officer to compare with the one the
 * administrator gave), then make the office workspace, pin that key, enrol this device with the
 * officer's sign-in, keep the account the hub vouched for so it signs in offline from then on, and
 * fetch the office's work. A device the hub has not approved yet keeps its workspace (and its key)
 * so that "try again" after approval is the same device; a refused sign-in on a workspace made just
 * now removes it, so nothing half-made is left for the next start to open.
 */
public final class OfficeConnection {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeConnection.class);

    /** What the hub showed: its address and the fingerprint of its key (null over plain HTTP on this computer). */
    public record HubMet(String url, @Nullable String fingerprint) {
        /** The fingerprint in the grouped form officers compare, or null. */
        public @Nullable String displayed() {
            return fingerprint == null ? null : KeyFingerprint.display(fingerprint);
        }
    }

    /** How connecting ended. */
    public sealed interface Outcome {
        /** Signed in, the account kept here, and a first round fetched the office's work. */
        record Connected(Path workspace, String username, SyncReport firstRound) implements Outcome {
        }

        /** Enrolled: the hub waits for a supervisor or administrator to approve this device. */
        record AwaitingApproval(Path workspace, String deviceId, String deviceFingerprint) implements Outcome {
        }

        /** Refused or failed, in a sentence for the officer; nothing new is left behind. */
        record Refused(String reason) implements Outcome {
        }
    }

    private final Path folder;
    private final PasswordHasher hasher;
    private final Clock clock;

    public OfficeConnection(Path folder, PasswordHasher hasher, Clock clock) {
        this.folder = folder;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Reaches the hub at {@code url} over TLS without trusting it yet and returns the key it showed.
     *
     * @throws IllegalArgumentException when the address is no hub's, or plain HTTP to another computer
     * @throws HubException when the hub cannot be reached or answers nonsense
     */
    public static HubMet meet(String url) throws HubException {
        String address = url.strip();
        String problem = HubClient.addressProblem(address);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        HubClient client = new HubClient(address, () -> null, new HubTrust(null));
        client.challenge();
        String seen = client.trust().lastPresented();
        if (client.encrypted() && seen == null) {
            throw new HubException(HubException.Kind.BAD_ANSWER, 0, "The hub's certificate could not be read.");
        }
        return new HubMet(address, client.encrypted() ? seen : null);
    }

    /**
     * Connects as {@code username} to the hub met (its key pinned now); the password is cleared.
     * The folder must be absent, empty, or a workspace an earlier attempt left waiting for approval.
     */
    public Outcome connect(HubMet hub, String username, char[] password, String deviceName) {
        boolean made;
        try {
            made = prepareFolder();
        } catch (IOException | IllegalStateException e) {
            Arrays.fill(password, '\0');
            return new Outcome.Refused(e.getMessage());
        }
        Outcome outcome;
        try (Database database = Database.open(new Workspace(folder))) {
            outcome = connect(database, hub, username.strip(), password, deviceName);
        } catch (RuntimeException e) {
            LOG.warn("event=setup.connect_failed kind={}", e.getClass().getSimpleName());
            outcome = new Outcome.Refused("The workspace could not be set up: " + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
        if (made && outcome instanceof Outcome.Refused) {
            removeQuietly();
        }
        return outcome;
    }

    private Outcome connect(Database database, HubMet hub, String username, char[] password, String deviceName) {
        try (SyncEngine engine = SyncEngine.connect(database, hub.url(), clock, SyncEngine.Settings.DEFAULT)) {
            if (hub.fingerprint() != null) {
                engine.trustHubKey(hub.fingerprint());
            }
            SignInResponse response;
            try {
                response = engine.signIn(username, password.clone(), deviceName);
            } catch (HubException e) {
                if (e.kind() == HubException.Kind.DEVICE_PENDING) {
                    DeviceKey key = DeviceKeyFile.loadOrCreate(database.workspace());
                    LOG.info("event=setup.awaiting_approval");
                    return new Outcome.AwaitingApproval(folder, key.deviceId().toString(), KeyFingerprint.display(key.fingerprint()));
                }
                return new Outcome.Refused(e.getMessage());
            }
            new HubVouchedAccounts(database, hasher, clock).adopt(username, response.role(), password.clone());
            SyncReport first = engine.syncOnce();
            LOG.info("event=setup.connected first_round_ok={}", first.ok());
            return new Outcome.Connected(folder, username, first);
        }
    }

    /** Makes the workspace when there is none; true when it was made now. */
    private boolean prepareFolder() throws IOException {
        if (Files.isRegularFile(folder.resolve(Workspace.DATABASE_FILE))) {
            return false;
        }
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(folder + " holds other files; the workspace needs a new or empty folder.");
                }
            }
        }
        Workspace.create(folder);
        return true;
    }

    private void removeQuietly() {
        try {
            FolderTrees.delete(folder);
        } catch (IOException e) {
            LOG.warn("event=setup.cleanup_failed");
        }
    }
}
