package org.redress.cli;

import org.redress.audit.AuditVerifier;
import org.redress.audit.ChainHead;
import org.redress.audit.IntegrityBreak;
import org.redress.audit.VerificationReport;
import org.redress.store.Database;
import org.redress.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Checks the workspace's integrity and names the first break.",
                "Walks the hash-chained audit log, the decisions, approvals, notes, letters and declarations it vouches "
                        + "for, every evidence file and every issued letter, and names the first break (event, what, "
                        + "where). docs/integrity.md explains the checks."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything matches", "1:something was changed; the first break is named",
                "2:the workspace or the --head is wrong"})
public final class VerifyCommand implements Callable<Integer> {

    static final int SHOWN_BREAKS = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--head", paramLabel = "SEQ:SHA256",
            description = "A chain head recorded earlier (by the hub): the chain must still pass through it.")
    String head;

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
        long started = System.nanoTime();
        VerificationReport report;
        try (Database db = Database.open(new Workspace(root))) {
            report = db.read(c -> new AuditVerifier(db.workspace()).verify(c, recorded));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.printf("Checked %,d audit events, %,d vouched rows, %,d evidence files and %,d letters in %,d ms.%n",
                report.events(), report.rows(), report.evidenceFiles(), report.letters(), ms);
        if (report.intact()) {
            out.println("Intact: nothing was changed.");
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
        return 1;
    }

    static ChainHead parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("no colon");
        }
        return new ChainHead(Long.parseLong(text.substring(0, colon).strip()), text.substring(colon + 1).strip());
    }
}
