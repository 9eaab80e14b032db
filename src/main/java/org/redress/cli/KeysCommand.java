package org.redress.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.jspecify.annotations.Nullable;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.vault.KeySlots;
import org.redress.vault.RecoveryKey;
import org.redress.vault.SealMigration;
import org.redress.vault.VolumeEncryption;
import org.redress.vault.VolumePolicy;
import org.redress.vault.WorkspaceKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code redress keys}: the workspace key that encrypts evidence files and letters. {@code status}
 * says how the workspace is protected; {@code seal} gives a workspace made before encryption its
 * key (the administrator's slot and a recovery key, printed once) and encrypts its files in place,
 * or finishes a sealing that was interrupted; {@code recover} opens the key with the recovery key,
 * gives the officer signing in a slot under their password, and prints a new recovery key.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The workspace key that encrypts evidence files and letters: status, seal, recover.",
        subcommands = {KeysCommand.Status.class, KeysCommand.Seal.class, KeysCommand.Recover.class})
public final class KeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The environment variable a script gives the recovery key in. */
    public static final String RECOVERY_VARIABLE = "REDRESS_RECOVERY_KEY";

    /** Prints a new recovery key, with what it is for. */
    static void printRecoveryKey(PrintWriter out, RecoveryKey recovery) {
        out.println("Recovery key (shown once; print it and keep it locked away, apart from this computer):");
        out.println("    " + recovery.text());
        out.println("It opens the workspace's encrypted files when no officer's password does "
                + "(redress keys recover). The workspace keeps only its key wrapped under it, never this text.");
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "How the workspace is protected at rest: its key, its slots, its files, its volume.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path root = workspace.existing(spec);
            if (root == null) {
                return WorkspaceOption.NO_WORKSPACE;
            }
            try (Database db = Database.open(new Workspace(root))) {
                describe(db, out);
            }
            out.flush();
            return 0;
        }
    }

    /** Lines saying how the workspace is protected; no personal data (officers by count). */
    static void describe(Database db, PrintWriter out) {
        record State(Optional<String> keyId, int officers, boolean recovery, boolean open, boolean sealed) {
        }
        State s = db.read(c -> {
            KeySlots slots = new KeySlots(c);
            return new State(slots.keyId(), slots.officers().size(), slots.slot(KeySlots.Kind.RECOVERY, null).isPresent(),
                    slots.slot(KeySlots.Kind.OPEN, null).isPresent(), slots.sealedAt().isPresent());
        });
        if (s.keyId().isEmpty()) {
            out.println("files: NOT encrypted: the workspace has no key (made before encryption); an administrator "
                    + "runs: redress keys seal --user NAME");
        } else {
            out.println("files: evidence and letters encrypted (AES-256-GCM) under workspace key " + s.keyId().get()
                    + (s.sealed() ? "" : "; some files may still be in the clear (redress keys seal finishes it)"));
            out.println("key slots: " + s.officers() + " officer(s)" + (s.recovery() ? ", the recovery key" : ", NO recovery key")
                    + (s.open() ? ", and an OPEN slot (anyone with the files holds the key: a demo, or no officer "
                    + "has signed in here yet)" : ""));
        }
        out.println("database: NOT encrypted by Redress (no encrypting SQLite driver on Maven Central); it relies on the volume");
        VolumeEncryption.Finding volume = new VolumeEncryption().of(db.workspace().root());
        out.println("volume: " + volume.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + volume.how());
        out.println("policy: " + (VolumePolicy.required(db) ? "an encrypted volume is required (" + VolumePolicy.SETTING + ")"
                : "an encrypted volume is not required (an administrator sets " + VolumePolicy.SETTING + " = true)"));
    }

    @Command(name = "seal", mixinStandardHelpOptions = true,
            description = {"Gives a workspace made before encryption its key and encrypts its evidence and letters in place "
                    + "(an administrator; prints the recovery key once), or finishes a sealing that was interrupted.",
                    "Crash-safe: each file is written encrypted beside itself, forced to disk and renamed over the plain one."})
    static final class Seal implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        SignInOption signIn = new SignInOption();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                return signIn.runKeeping(spec, workspace, "keys seal", (db, officer, password) -> {
                    if (!officer.role().may(Permission.MANAGE_ACCOUNTS)) {
                        err.println("redress keys seal: only an administrator seals a workspace");
                        return SignInOption.REFUSED;
                    }
                    WorkspaceKeys keys = new WorkspaceKeys(db, Clock.systemUTC());
                    boolean made = false;
                    if (!keys.vault().encrypted(db)) {
                        RecoveryKey recovery = keys.create(false);
                        keys.grant(Long.parseLong(officer.id()), password);
                        printRecoveryKey(out, recovery);
                        made = true;
                    } else if (!keys.vault().unlocked()) {
                        err.println("redress keys seal: " + officer.id() + " holds no key to this workspace; "
                                + "use redress keys recover");
                        return 1;
                    }
                    SealMigration.Report report = new SealMigration(db, Clock.systemUTC()).run();
                    audit(db, officer, made ? "create-and-seal" : "seal", report.sealed());
                    out.println("Encrypted " + report.sealed() + " file(s); " + report.alreadySealed() + " were already.");
                    for (String name : report.mismatches()) {
                        err.println("note: " + name + " did not match its recorded hash before it was encrypted "
                                + "(redress verify names it)");
                    }
                    out.println("Other officers get their slot when they next sign in on this workstation while it is "
                            + "unlocked, or when an administrator sets their password.");
                    return 0;
                });
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = {"Opens the workspace key with the recovery key ($" + RECOVERY_VARIABLE + ", or asked for), "
                    + "gives the officer signing in (--user) a slot under their password, and prints a NEW recovery key "
                    + "(the old one opens nothing after)."})
    static final class Recover implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
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
                String typed = recoveryText();
                if (typed == null) {
                    err.println("redress keys recover: no recovery key: run it at a terminal, or set $" + RECOVERY_VARIABLE);
                    return 2;
                }
                Optional<RecoveryKey> recovery = RecoveryKey.parse(typed);
                WorkspaceKeys keys = new WorkspaceKeys(db, Clock.systemUTC());
                if (recovery.isEmpty() || !keys.unlock(recovery.get())) {
                    err.println("redress keys recover: that is not this workspace's recovery key");
                    return 1;
                }
                // The sign-in checks the password and, the key being open, gives the officer a slot under it.
                Optional<Officer> officer = signIn.signIn(db, err, "keys recover");
                if (officer.isEmpty()) {
                    return SignInOption.REFUSED;
                }
                RecoveryKey fresh = keys.newRecoveryKey();
                audit(db, officer.get(), "recover", 0);
                out.println("The workspace key is open; officer " + officer.get().id() + " holds a slot under their password.");
                printRecoveryKey(out, fresh);
                return 0;
            } finally {
                out.flush();
                err.flush();
            }
        }

        static @Nullable String recoveryText() {
            String fromEnvironment = SignInOption.variable(RECOVERY_VARIABLE);
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return fromEnvironment;
            }
            Console console = System.console();
            if (console == null || !console.isTerminal()) {
                return null;
            }
            char[] typed = console.readPassword("Recovery key: ");
            return typed == null ? null : new String(typed);
        }
    }

    static void audit(Database db, Officer officer, String action, int files) {
        db.writeAndWait(c -> AuditChain.append(c, new AuditEntry(Clock.systemUTC().instant(), Long.parseLong(officer.id()),
                "workspace.key", "workspace", "key", JsonNodeFactory.instance.objectNode().put("action", action)
                .put("files", files))));
    }
}
