package org.redress.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.audit.ChainHead;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest extends CommandTestSupport {

    @TempDir
    Path temp;

    private ChainHead threeEvents(Path root) {
        try (Database db = Database.open(new Workspace(root))) {
            for (int i = 0; i < 3; i++) {
                String entity = "RD-2026-00000" + i;
                db.writeAndWait(c -> AuditChain.append(c, new AuditEntry(Instant.parse("2026-11-27T02:00:00Z"), 1L,
                        "case.action", "case", entity, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                                .objectNode().put("action", "START_REVIEW"))));
            }
            return db.read(c -> AuditChain.head(c).orElseThrow());
        }
    }

    @Test
    void an_intact_workspace_exits_zero_and_says_so() {
        ChainHead head = threeEvents(temp);

        int code = run("verify", "--workspace", temp.toString(), "--head", head.seq() + ":" + head.hash());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("4 audit events").contains("Intact: everything checked above matches.")
                .contains("  - signed checkpoints: ").contains("  - accounts (names, roles, password hashes) and settings")
                .contains("  - who may open the workspace's files").contains("Not checked:")
                .contains("  - cases' assignee, priority, deadlines and version");
    }

    @Test
    void files_open_to_other_accounts_are_named_before_the_workspace_is_opened_and_tightened() throws Exception {
        threeEvents(temp);
        java.nio.file.Files.setPosixFilePermissions(temp.resolve(Workspace.DATABASE_FILE),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        java.nio.file.Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));

        int loose = run("verify", "--workspace", temp.toString());
        String said = out.toString();
        forgetOutput();
        int again = run("verify", "--workspace", temp.toString());

        assertThat(loose).isEqualTo(1);
        assertThat(said).contains("could be opened by other accounts on this computer (rwxr-xr-x)")
                .contains("redress.db could be opened by other accounts on this computer (rw-r--r--)");
        assertThat(again).as("opening made the files private again").isZero();
    }

    @Test
    void a_dropped_append_only_guard_is_named() throws Exception {
        threeEvents(temp);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(Workspace.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER ledger_event_append_only_update");
        }

        assertThat(run("verify", "--workspace", temp.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("First break: the append-only guard ledger_event_append_only_update is gone");
    }

    @Test
    void an_altered_event_exits_one_naming_the_event() throws Exception {
        threeEvents(temp);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(Workspace.DATABASE_FILE));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_append_only_update");
            s.execute("UPDATE audit_event SET entity_id = 'RD-2026-000009' WHERE seq = 3");
        }

        int code = run("verify", "--workspace", temp.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("First break: event 3 (case.action) was altered")
                .contains("where: audit_event 3").contains("event: 3");
    }

    @Test
    void a_missing_workspace_or_a_malformed_head_exits_two() {
        assertThat(run("verify", "--workspace", temp.resolve("none").toString())).isEqualTo(2);
        threeEvents(temp);
        assertThat(run("verify", "--workspace", temp.toString(), "--head", "nonsense")).isEqualTo(2);
    }
}
