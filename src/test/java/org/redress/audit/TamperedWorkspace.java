package org.redress.audit;

import org.redress.casework.ActionResult;
import org.redress.casework.CaseFile;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.DecisionService;
import org.redress.casework.IdentifierReveal;
import org.redress.casework.NoteService;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real demo workspace after a few changes made through the services (a decision draft, a note,
 * a reveal) and a letter on file, closed and copied afresh for each tamper test, and the
 * {@code sqlite3} shell an attacker would use on it.
 */
final class TamperedWorkspace {

    final CaseworkFixture fixture;
    final Path pristine;
    long decisionId;
    long noteId;
    String letterPath = "";

    private TamperedWorkspace(CaseworkFixture fixture) {
        this.fixture = fixture;
        this.pristine = fixture.folder.resolve("workspace");
    }

    static TamperedWorkspace create() {
        TamperedWorkspace w = new TamperedWorkspace(CaseworkFixture.create());
        w.makeChanges();
        w.fixture.database.close();
        return w;
    }

    private void makeChanges() {
        Database db = fixture.database;
        var clock = CaseworkFixture.clockOn(CaseworkFixture.TODAY);
        CaseFile file = fixture.cases(CaseStatus.IN_REVIEW).stream()
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.disputed().size() == 1 && f.appeal().assigneeId() != null)
                .filter(f -> assignee(f).role() == Role.OFFICER)
                .findFirst().orElseThrow();
        var drafter = assignee(file).asOfficer();
        ActionResult saved = new DecisionService(db, CaseworkFixture.CATALOG, clock).saveDraft(file.appeal().id(),
                file.appeal().version(), drafter, List.of(DeductionOutcome.upheld(file.disputed().getFirst().entry().id())),
                "The deduction stands.", "Article 28");
        if (!(saved instanceof ActionResult.Done)) {
            throw new IllegalStateException("draft refused: " + saved);
        }
        new NoteService(db, clock).add(file.appeal().id(), drafter, "Called the applicant.");
        new IdentifierReveal(db, clock).reveal(file.appeal().id(), drafter, null);
        decisionId = db.read(c -> one(c, "SELECT max(id) FROM decision"));
        noteId = db.read(c -> one(c, "SELECT max(id) FROM note"));
        writeLetter(db, file.appeal().id(), drafter.id());
    }

    /** A letter as the issuer stores one: the file, its row, and the audit event vouching for the row. */
    private void writeLetter(Database db, long caseId, String officerId) {
        byte[] pdf = "%PDF-1.7 a decision letter for the tamper tests\n%%EOF\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        letterPath = "letters/2026/RD-L-2026-999001.pdf";
        try {
            Path target = pristine.resolve(letterPath);
            Files.createDirectories(target.getParent());
            Files.write(target, pdf);
            String sha = org.redress.evidence.FileHash.sha256(target);
            db.writeAndWait(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO issued_letter (case_id, decision_id, reference_no, office_code, year, sequence, language,
                          issued_at, issued_by, sha256, record_sha256, file_path)
                        VALUES (?, ?, 'RD-L-2026-999001', 'RD', 2026, 999001, 'ZH', '2026-11-27T02:00:00Z', ?, ?, ?, ?)""")) {
                    ps.setLong(1, caseId);
                    ps.setLong(2, decisionId);
                    ps.setLong(3, Long.parseLong(officerId));
                    ps.setString(4, sha);
                    ps.setString(5, sha);
                    ps.setString(6, letterPath);
                    ps.executeUpdate();
                }
                long id = one(c, "SELECT max(id) FROM issued_letter");
                AuditChain.append(c, new AuditEntry(Instant.parse("2026-11-27T02:00:00Z"), Long.parseLong(officerId),
                        "letter.issue", "case", "letter", AuditChain.cover(c, AuditChain.JSON.objectNode()
                        .put("letterId", id), CoveredTable.LETTER, id)));
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private org.redress.demo.DemoOfficer assignee(CaseFile f) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == f.appeal().assigneeId()).findFirst().orElseThrow();
    }

    static long one(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A fresh copy of the workspace to break. */
    Path copy(Path under) {
        Path target = under.resolve("ws");
        try (Stream<Path> paths = Files.walk(pristine)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(pristine.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Runs {@code sql} with the sqlite3 shell on the workspace's database, as an attacker at the desk would. */
    static void sqlite3(Path workspace, String sql) {
        try {
            Process p = new ProcessBuilder("sqlite3", workspace.resolve(Workspace.DATABASE_FILE).toString())
                    .redirectErrorStream(true).start();
            p.getOutputStream().write(sql.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.isBlank()) {
                throw new IllegalStateException("sqlite3 failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code script} — statements an attacker would type into the stock sqlite3 shell,
     * separated by semicolons — on the workspace's database through a plain JDBC connection
     * (no triggers of the workstation's own, no audit): the shell's SQL without needing the shell.
     */
    static void sql(Path workspace, String script) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:sqlite:" + workspace.resolve(Workspace.DATABASE_FILE));
             java.sql.Statement s = c.createStatement()) {
            for (String statement : script.split(";")) {
                if (!statement.isBlank()) {
                    s.executeUpdate(statement);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the attack's SQL failed: " + e.getMessage(), e);
        }
    }

    /** A raw JDBC connection to the workspace's database, as an attacker with the Redress jar on the class path would open it. */
    static java.sql.Connection raw(Path workspace) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:sqlite:" + workspace.resolve(Workspace.DATABASE_FILE));
    }

    static VerificationReport verify(Path workspace, ChainHead head) {
        try (Database db = Database.open(new Workspace(workspace))) {
            return db.read(c -> new AuditVerifier(db.workspace()).verify(c, head));
        }
    }

    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
