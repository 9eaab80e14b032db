package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.Database;
import org.redress.store.Workspace;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest extends CommandTestSupport {
    @TempDir
    Path dir;


    static final String PASSWORD = "clerk-password-2026";
    long clerk;

    Path workspace() {
        Path ws = dir.resolve("ws");
        try (Database db = Database.open(new Workspace(ws))) {
            db.writeAndWait(c -> {
                new AgencyRepository(c).save(new AgencyRow("RC-TAX", "荣成市税务局", "Rongcheng Tax Bureau", "371082"));
                return null;
            });
        }
        clerk = addAccount(ws, "clerk", "OFFICER", PASSWORD);
        addAccount(ws, "reader", "AUDITOR", PASSWORD);
        return ws;
    }

    private Path cleanFeed() throws Exception {
        Path feed = dir.resolve("ok.csv");
        Files.writeString(feed, "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on\n"
                + "T-1,RC-TAX,11010519491231002X,张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n");
        return feed;
    }

    private static long ledgerRows(Path ws) {
        try (Database db = Database.open(new Workspace(ws))) {
            return db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM ledger_event")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void an_import_without_a_signed_in_officer_is_refused_and_imports_nothing() throws Exception {
        Path ws = workspace();
        Path feed = cleanFeed();

        int none = run("import", feed.toString(), "--workspace", ws.toString());
        int wrong = runAs("not-the-password", "import", feed.toString(), "--workspace", ws.toString(), "--user", "clerk");
        int auditor = runAs(PASSWORD, "import", feed.toString(), "--workspace", ws.toString(), "--user", "reader");

        assertThat(none).isEqualTo(SignInOption.REFUSED);
        assertThat(wrong).isEqualTo(SignInOption.REFUSED);
        assertThat(auditor).isEqualTo(SignInOption.REFUSED);
        assertThat(err.toString()).contains("sign in with --user NAME").contains("sign-in refused: wrong name or password")
                .contains("may not import feed");
        assertThat(ledgerRows(ws)).isZero();
    }

    @Test
    void the_imports_audit_event_names_the_officer_who_signed_in() throws Exception {
        Path ws = workspace();
        int code = runAs(PASSWORD, "import", cleanFeed().toString(), "--workspace", ws.toString(), "--user", "clerk");

        assertThat(code).as(err.toString()).isZero();
        try (Database db = Database.open(new Workspace(ws))) {
            long actor = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery(
                        "SELECT actor_id FROM audit_event WHERE kind = 'import.file'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(actor).isEqualTo(clerk);
        }
    }

    @Test
    void a_clean_feed_exits_zero_and_says_what_it_imported() throws Exception {
        Path ws = workspace();
        Path feed = cleanFeed();
        int code = runAs(PASSWORD, "import", feed.toString(), "--workspace", ws.toString(), "--user", "clerk");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("imported:").contains("1 new");
    }

    @Test
    void a_feed_with_errors_exits_one_names_the_field_and_imports_nothing() throws Exception {
        Path ws = workspace();
        Path feed = dir.resolve("bad.csv");
        Files.writeString(feed, "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on\n"
                + "T-1,RC-TAX,11010519491231002X,张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
                + "T-2,RC-TAX,11010519491231002X,张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-13-01\n");
        int code = runAs(PASSWORD, "import", feed.toString(), "--workspace", ws.toString(), "--user", "clerk");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv line 3, field 'imposed_on'");
        assertThat(out.toString()).contains("nothing imported");
        forgetOutput();
        int again = runAs(PASSWORD, "import", dir.resolve("missing.csv").toString(), "--workspace", ws.toString(),
                "--user", "clerk");
        assertThat(again).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void dry_run_and_quarantine_cannot_be_combined() {
        int code = run("import", "x.csv", "--dry-run", "--quarantine");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }
}
