package org.redress.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditVerifier;
import org.redress.audit.ChainHead;
import org.redress.audit.IntegrityBreak;
import org.redress.audit.VerificationReport;
import org.redress.audit.WorkspaceAccess;
import org.redress.letters.DecisionRecord;
import org.redress.letters.pdf.PdfA;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.vault.RecoveryKey;
import org.redress.vault.VolumeEncryption;
import org.redress.vault.VolumePolicy;
import org.redress.vault.WorkspaceKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code redress verify}: the workspace's integrity, read-only. It signs nobody in, on purpose: it
 * reads no personal data onto the screen (ids, case and letter numbers, digests), whoever can run
 * it already holds the files, and a check of the accounts must not depend on the accounts it
 * checks (a replaced password hash would otherwise decide who may find out it was replaced).
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Checks the workspace's integrity, says what it checked and what not, and names the first break.",
                "Walks the hash-chained audit log and its signed checkpoints, the rows it vouches for or reconciles "
                        + "(decisions, ledger, cases' histories and statuses, accounts, settings), the append-only guards, "
                        + "every evidence file and issued letter, and who may open the files; names the first break "
                        + "(event, what, where). Needs no sign-in: it changes nothing and shows no personal data. "
                        + "docs/integrity.md explains the checks."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything checked matches", "1:something was changed; the first break is named",
                "2:the workspace, the --head or a --letter is wrong"})
public final class VerifyCommand implements Callable<Integer> {

    static final int SHOWN_BREAKS = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--head", paramLabel = "SEQ:SHA256",
            description = "A chain head recorded earlier (by the hub): the chain must still pass through it.")
    String head;

    @Option(names = "--letter", paramLabel = "FILE.pdf",
            description = "A letter issued by this workspace (repeatable): the chain must still pass through the head its record names.")
    List<Path> letters = new ArrayList<>();

    @Option(names = "--recovery-key",
            description = "Open the encrypted evidence and letters with the recovery key ($" + KeysCommand.RECOVERY_VARIABLE
                    + ", or asked for) so that their contents are checked too; without it only their sizes are.")
    boolean recoveryKey;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = workspace.existing(spec);
        if (root == null) {
            return WorkspaceOption.NO_WORKSPACE;
        }
        ChainHead recorded;
        try {
            recorded = head == null ? null : parse(head);
        } catch (IllegalArgumentException e) {
            err.println("--head must be SEQ:SHA256, e.g. 1200:3f5a…: " + e.getMessage());
            return 2;
        }
        List<Anchor> anchors = new ArrayList<>();
        for (Path letter : letters) {
            ChainHead named = anchorOf(letter);
            if (named == null) {
                err.println("--letter " + letter + ": not a letter whose record names an audit chain head");
                return 2;
            }
            anchors.add(new Anchor(letter, named));
        }
        long started = System.nanoTime();
        // Before opening: opening a workspace makes its files private again, which would hide what was open.
        WorkspaceAccess.Findings access = WorkspaceAccess.check(root);
        VerificationReport report;
        VolumeEncryption.Finding volume = new VolumeEncryption().of(root);
        boolean volumeRequired;
        try (Database db = Database.open(new Workspace(root))) {
            if (recoveryKey) {
                String typed = KeysCommand.Recover.recoveryText();
                var key = typed == null ? java.util.Optional.<RecoveryKey>empty() : RecoveryKey.parse(typed);
                if (key.isEmpty() || !new WorkspaceKeys(db, java.time.Clock.systemUTC()).unlock(key.get())) {
                    err.println("--recovery-key: not this workspace's recovery key (set $" + KeysCommand.RECOVERY_VARIABLE
                            + " or run it at a terminal)");
                    return 2;
                }
            }
            volumeRequired = VolumePolicy.required(db);
            report = db.read(c -> {
                VerificationReport found = new AuditVerifier(db.workspace()).verify(c, recorded);
                if (!anchors.isEmpty()) {
                    List<IntegrityBreak> broken = new ArrayList<>();
                    for (Anchor a : anchors) {
                        String hash = AuditChain.hashAt(c, a.head().seq()).orElse(null);
                        if (!a.head().hash().equals(hash)) {
                            broken.add(new IntegrityBreak(IntegrityBreak.Area.ANCHOR, a.head().seq(), hash == null
                                    ? "the chain ends before event " + a.head().seq() + ", which letter " + a.file().getFileName()
                                    + " names" : "history was rewritten: event " + a.head().seq() + " is not the one letter "
                                    + a.file().getFileName() + " names", a.file().toString()));
                        }
                    }
                    found = found.with(broken, "that the chain passes through the heads named by " + anchors.size()
                            + " letter(s)");
                }
                return found;
            });
        }
        report = report.with(access.breaks(), access.describe());
        List<IntegrityBreak> atRest = volumeRequired && !volume.encrypted()
                ? List.of(new IntegrityBreak(IntegrityBreak.Area.ACCESS, null, "the administrator's policy requires an "
                + "encrypted volume, and " + volume.how(), root.toString())) : List.of();
        report = report.with(atRest, "at rest: the database is not encrypted by Redress; the volume: "
                + volume.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + volume.how() + ")"
                + (volumeRequired ? "; an encrypted volume is required" : ""));
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.printf("Checked %,d audit events, %,d vouched rows, %,d evidence files and %,d letters in %,d ms:%n",
                report.events(), report.rows(), report.evidenceFiles(), report.letters(), ms);
        report.checked().forEach(line -> out.println("  - " + line));
        out.println("Not checked:");
        report.notChecked().forEach(line -> out.println("  - " + line));
        if (report.intact()) {
            out.println("Intact: everything checked above matches.");
            return 0;
        }
        IntegrityBreak first = report.firstBreak().orElseThrow();
        out.println("BROKEN. First break: " + first.what());
        out.println("  where: " + first.where());
        out.println("  event: " + (first.eventSeq() == null ? "none vouches for it" : first.eventSeq()));
        int shown = 0;
        for (IntegrityBreak b : report.breaks().subList(1, report.breaks().size())) {
            if (shown++ == SHOWN_BREAKS) {
                break;
            }
            out.println("  also: " + b);
        }
        if (report.moreBreaks() || report.breaks().size() - 1 > SHOWN_BREAKS) {
            out.println("  … and more.");
        }
        if (report.breaks().stream().anyMatch(b -> b.area() == IntegrityBreak.Area.ACCESS)) {
            out.println("To make the workspace private again: chmod -R go-rwx " + root);
        }
        return 1;
    }

    private record Anchor(Path file, ChainHead head) {
    }

    /** The audit chain head a letter's embedded record names; null when the file has none. */
    static @Nullable ChainHead anchorOf(Path letter) {
        try (PDDocument document = Loader.loadPDF(letter.toFile())) {
            byte[] record = PdfA.attachment(document, DecisionRecord.FILE_NAME);
            return record == null ? null : DecisionRecord.auditHeadIn(record);
        } catch (IOException e) {
            return null;
        }
    }

    static ChainHead parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("no colon");
        }
        return new ChainHead(Long.parseLong(text.substring(0, colon).strip()), text.substring(colon + 1).strip());
    }
}
