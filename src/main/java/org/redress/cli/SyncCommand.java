package org.redress.cli;

import org.redress.store.Database;
import org.redress.casework.SignInService;
import org.redress.security.PasswordHasher;
import org.redress.store.OfficerRepository;
import org.redress.store.Workspace;
import org.redress.sync.DeviceKey;
import org.redress.sync.DeviceKeyFile;
import org.redress.sync.HubClient;
import org.redress.sync.HubException;
import org.redress.sync.SyncEngine;
import org.redress.sync.SyncMeta;
import org.redress.sync.SyncMetaTable;
import org.redress.sync.SyncReport;
import org.redress.sync.SyncStatus;
import org.redress.sync.protocol.KeyFingerprint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code redress sync}: one sync round of a workspace with its hub, printing what moved. */
@Command(name = "sync",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Syncs the workspace with its hub once: sends the changes waiting in the outbox and the evidence "
                + "files the hub lacks, then fetches what changed on the hub, and prints what moved.",
                "Signs in first (--user; the password is asked for, or read from $REDRESS_PASSWORD), as the "
                        + "workstation does (an account known only from the hub is vouched for by the hub's sign-in); the "
                        + "same password signs in to the hub when the workspace holds no valid token for that officer. The "
                        + "hub's address and the device token are kept in the workspace.",
                "Only https:// reaches a hub on another machine. The first sign-in enrols this workstation (a supervisor "
                        + "approves it at the hub) and pins the hub's certificate key; a hub showing another key is refused "
                        + "until --trust-hub-key names the new one. --sign-out ends the session at the hub."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the round finished",
                "1:the round stopped (hub unreachable, sign-in refused, …); everything is kept for the next one",
                "2:the command line is wrong (no hub known for the workspace)",
                "3:the sign-in was refused"})
public final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--hub", paramLabel = "URL", description = "The hub, e.g. https://hub.office:8470 (kept for next time).")
    String hub;

    @Option(names = "--trust-hub-key", paramLabel = "FINGERPRINT",
            description = "Trust the hub whose certificate key has this fingerprint (as `redress hub` prints it), and no other: "
                    + "before the first sign-in, or after an administrator confirmed the hub's certificate changed.")
    String trustHubKey;

    @Option(names = "--new-device", description = "Make this workspace a new device at the hub (a restored or copied "
            + "workspace): a new device key, waiting for a supervisor's approval; its work is kept and sent again.")
    boolean newDevice;

    @Option(names = "--sign-out", description = "Sign this workstation out of the hub (the token stops working there) and stop.")
    boolean signOut;

    @Mixin
    SignInOption signIn = new SignInOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = workspace.existing(spec);
        if (root == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        try (Database db = Database.open(new Workspace(root))) {
            SyncMeta meta = db.read(c -> new SyncMetaTable(c).read());
            String url = hub != null ? hub : meta.hubUrl();
            if (url == null) {
                err.println("redress sync: no hub known for this workspace; give one with --hub URL");
                return 2;
            }
            String refusal = HubClient.addressProblem(url);
            if (refusal != null) {
                err.println("redress sync: " + refusal);
                return 2;
            }
            if (!signIn.given()) {
                err.println("redress sync: sign in with --user NAME (the password is asked for, or read from $"
                        + SignInOption.PASSWORD_VARIABLE + ")");
                return SignInOption.REFUSED;
            }
            String user = signIn.user.strip();
            // An account with a password here signs in here first (lockout and all); one known only from the
            // hub (a new office workspace, before its first sync) can be vouched for by the hub alone.
            boolean local = db.read(c -> new OfficerRepository(c).byUsername(user))
                    .map(row -> row.passwordHash() != null).orElse(false);
            char[] secret;
            if (local) {
                var signed = signIn.signInKeeping(db, err, "sync");
                if (signed.isEmpty()) {
                    return SignInOption.REFUSED;
                }
                secret = signed.get().password();
            } else {
                secret = SignInOption.password(user);
                if (secret == null) {
                    err.println("redress sync: no password for " + user + ": run it at a terminal, or set $"
                            + SignInOption.PASSWORD_VARIABLE);
                    return SignInOption.REFUSED;
                }
            }
            try (SyncEngine engine = SyncEngine.connect(db, url, Clock.systemUTC(), SyncEngine.Settings.DEFAULT)) {
                if (trustHubKey != null) {
                    var fingerprint = KeyFingerprint.parse(trustHubKey);
                    if (fingerprint.isEmpty()) {
                        err.println("redress sync: --trust-hub-key wants the 64 hex digits `redress hub` prints");
                        return 2;
                    }
                    engine.trustHubKey(fingerprint.get());
                    out.println("this workstation now trusts only the hub whose key is " + KeyFingerprint.display(fingerprint.get()));
                }
                if (signOut) {
                    boolean told = engine.signOut();
                    out.println(told ? "signed out of the hub: the token no longer works there"
                            : "signed out here; the hub could not be told, so the token lapses at its expiry");
                    return 0;
                }
                if (newDevice) {
                    var renewed = org.redress.sync.DeviceRenewal.renewal(db, java.time.Clock.systemUTC());
                    var key = renewed.key();
                    out.println("this workspace is now a new device, " + key.deviceId() + " (key "
                            + KeyFingerprint.display(key.fingerprint()) + "); its work is kept and is sent again once a "
                            + "supervisor approves the device");
                    if (renewed.renumbered() > 0) {
                        out.println(renewed.renumbered() + " new case(s) not yet at the hub had numbers of the old device;"
                                + " they carry provisional numbers until the hub gives them office numbers");
                    }
                }
                if (newDevice || !local || needsHubSignIn(meta, hub, user)) {
                    try {
                        engine.signIn(user, secret, deviceName());
                    } catch (HubException e) {
                        err.println("redress sync: " + e.getMessage());
                        if (e.kind() == HubException.Kind.DEVICE_PENDING) {
                            DeviceKey key = DeviceKeyFile.loadOrCreate(db.workspace());
                            err.println("this workstation: device " + key.deviceId() + ", key " + KeyFingerprint.display(key.fingerprint()));
                            return 1;
                        }
                        if (!local) {
                            err.println("redress sync: " + user + " has no password on this workstation and the hub did "
                                    + "not vouch for them");
                            return SignInOption.REFUSED;
                        }
                        // The round below says what it can (what waits to be sent) and fails the same way.
                    }
                }
                // Long rounds say how far they got, on the error stream (the summary stays on the output).
                SyncReport report = engine.syncOnce((sent, toSend, fetched) -> {
                    err.printf("syncing: %d of %d changes sent, %d fetched%n", sent, toSend, fetched);
                    err.flush();
                });
                if (!local && report.ok()) {
                    // Known only from the hub until this round: signed in here too, which gives them a slot
                    // of the workspace key when it is at hand (a new office workspace's open slot).
                    boolean arrived = db.read(c -> new OfficerRepository(c).byUsername(user))
                            .map(row -> row.passwordHash() != null).orElse(false);
                    if (arrived) {
                        new SignInService(db, new PasswordHasher()).attempt(user, secret.clone());
                    }
                }
                SyncStatus status = engine.status();
                out.println(describe(url, report, status));
                if (status.rejected() > 0) {
                    out.print(refusals(engine.outbox(org.redress.sync.OutboxState.REJECTED, REFUSALS_SHOWN),
                            status.rejected(), java.util.Locale.getDefault()));
                }
                if (!report.ok()) {
                    err.println("redress sync: " + report.error());
                    return 1;
                }
                return 0;
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }
    }

    /** The hub is signed in to again when the workspace holds no token, an expired one, another officer's, or a new hub is named. */
    static boolean needsHubSignIn(SyncMeta meta, String newHub, String username) {
        return newHub != null && !newHub.equals(meta.hubUrl()) || meta.hubToken() == null
                || meta.tokenExpires() != null && meta.tokenExpires().isBefore(java.time.Instant.now())
                || !username.equals(meta.hubOfficer());
    }

    static final int REFUSALS_SHOWN = 20;

    /**
     * The changes the hub refused, each with the hub's reason in words (the domain's reason by its
     * code, in the machine's language where a bundle has it): what the officer must act on.
     */
    static String refusals(java.util.List<org.redress.sync.OutboxRow> rows, long total, java.util.Locale locale) {
        java.util.Locale lang = org.redress.ui.common.Messages.supported(locale);
        java.util.ResourceBundle bundle = org.redress.ui.common.Messages.load(lang);
        StringBuilder text = new StringBuilder("refused by the hub:\n");
        for (org.redress.sync.OutboxRow row : rows) {
            String words = row.refusal() == null ? row.reason() : row.refusal().render(bundle, lang);
            text.append(String.format("  #%d %s %s: %s%n", row.seq(), row.kind(), row.label(), words == null ? "" : words));
        }
        if (total > rows.size()) {
            text.append(String.format("  … and %d more (the Sync screen lists them all)%n", total - rows.size()));
        }
        return text.toString();
    }

    static String describe(String url, SyncReport r, SyncStatus s) {
        StringBuilder text = new StringBuilder();
        text.append("hub ").append(url).append(r.ok() ? ": synced" : ": stopped").append('\n');
        // This round's counts, then the outbox's totals (earlier rounds' refusals included), each named so.
        text.append(String.format("sent: %d taken, %d kept as conflicts, %d refused this round; %d files%n", r.pushed(),
                r.conflicted(), r.rejected(), r.blobsSent()));
        text.append(String.format("fetched: %d changes", r.pulled()));
        if (!r.applied().isEmpty()) {
            text.append(" (");
            boolean first = true;
            for (Map.Entry<String, Integer> e : r.applied().entrySet()) {
                text.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey());
                first = false;
            }
            text.append(" applied)");
        }
        text.append('\n');
        if (r.reset()) {
            text.append("the hub was restored from a backup: everything was fetched again\n");
        }
        if (r.numberBlocks() > 0 || r.renumbered() > 0) {
            text.append(String.format("numbers: %d new blocks of case numbers and letter references; %d cases given "
                    + "their office number in place of a provisional one%n", r.numberBlocks(), r.renumbered()));
        }
        text.append(String.format("waiting: %d to send; in all, %d refused and %d kept as conflicts by the hub; "
                        + "%d open conflicts, %d files pending",
                s.pending(), s.rejected(), s.conflicted(), s.openConflicts(), s.filesPending()));
        return text.toString();
    }

    private static String deviceName() {
        try {
            return "redress sync on " + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "redress sync";
        }
    }
}
