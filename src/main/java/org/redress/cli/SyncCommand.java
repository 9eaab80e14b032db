package org.redress.cli;

import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.HubException;
import org.redress.sync.SyncEngine;
import org.redress.sync.SyncMeta;
import org.redress.sync.SyncMetaTable;
import org.redress.sync.SyncReport;
import org.redress.sync.SyncStatus;
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
                "The hub's address and the officer's device token are kept in the workspace after the first use; "
                        + "sign in with --user (the password is read from $REDRESS_HUB_PASSWORD, or asked for)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the round finished",
                "1:the round stopped (hub unreachable, sign-in refused, …); everything is kept for the next one",
                "2:the command line is wrong (no hub known for the workspace)"})
public final class SyncCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "REDRESS_HUB_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--hub", paramLabel = "URL", description = "The hub, e.g. http://hub.office:8470 (kept for next time).")
    String hub;

    @Option(names = "--user", paramLabel = "NAME", description = "Sign in to the hub as this officer first.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            description = "The officer's password (prompted when given without a value; default $" + PASSWORD_VARIABLE + ").")
    char[] password;

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
            try (SyncEngine engine = SyncEngine.connect(db, url, Clock.systemUTC(), SyncEngine.Settings.DEFAULT)) {
                if (user != null) {
                    char[] secret = password != null && password.length > 0 ? password
                            : System.getenv(PASSWORD_VARIABLE) == null ? null : System.getenv(PASSWORD_VARIABLE).toCharArray();
                    if (secret == null) {
                        err.println("redress sync: --user needs a password (--password, or $" + PASSWORD_VARIABLE + ")");
                        return 2;
                    }
                    try {
                        engine.signIn(user, secret, deviceName());
                    } catch (HubException e) {
                        err.println("redress sync: " + e.getMessage());
                        return 1;
                    }
                }
                SyncReport report = engine.syncOnce();
                SyncStatus status = engine.status();
                out.println(describe(url, report, status));
                if (!report.ok()) {
                    err.println("redress sync: " + report.error());
                    return 1;
                }
                return 0;
            }
        }
    }

    static String describe(String url, SyncReport r, SyncStatus s) {
        StringBuilder text = new StringBuilder();
        text.append("hub ").append(url).append(r.ok() ? ": synced" : ": stopped").append('\n');
        text.append(String.format("sent: %d taken, %d kept as conflicts, %d refused; %d files%n", r.pushed(),
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
        text.append(String.format("waiting: %d to send, %d refused, %d in conflict, %d open conflicts, %d files pending",
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
