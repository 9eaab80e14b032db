package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.NoteService;
import org.redress.domain.appeal.CaseStatus;
import org.redress.store.Journal;
import org.redress.store.CaseRepository;
import org.redress.store.LocalChange;
import org.redress.sync.protocol.MutationKind;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox row is written in the change's own transaction, numbered contiguously, in the hub's words. */
class OutboxSinkTest {

    private static CaseworkFixture fixture;

    @BeforeAll
    static void open() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<OutboxRow> outbox() {
        return fixture.database.read(c -> new Outbox(c).all());
    }

    @Test
    void the_discovered_journal_includes_the_outbox_sink_after_the_audit_order() {
        assertThat(Journal.discovered().sinks()).anySatisfy(s -> assertThat(s).isInstanceOf(OutboxSink.class));
        assertThat(new OutboxSink().order()).isEqualTo(20);
    }

    @Test
    void a_note_with_a_control_character_is_refused_with_the_reason_before_the_outbox() {
        int before = outbox().size();
        var line = fixture.cases(CaseStatus.IN_REVIEW).getFirst();
        var notes = new NoteService(fixture.database, CaseworkFixture.clockOn(CaseworkFixture.TODAY));

        assertThatThrownBy(() -> notes.add(line.caseId(), fixture.officer("wang.fang"), "Called\u0000 the agency."))
                .hasMessageContaining("U+0000").hasMessageContaining("position 7");
        assertThatThrownBy(() -> notes.add(line.caseId(), fixture.officer("wang.fang"), "x".repeat(70_000)))
                .hasMessageContaining("64 KiB");
        assertThat(outbox()).hasSize(before);

        notes.add(line.caseId(), fixture.officer("wang.fang"), "Cafe\u0301\r\nline two");
        assertThat(Outbox.parse(outbox().getLast().payload()).path("body").asText()).isEqualTo("Caf\u00e9\nline two");
    }

    @Test
    void any_change_carrying_a_control_character_is_refused_and_leaves_nothing_behind() {
        int before = outbox().size();
        assertThatThrownBy(() -> fixture.database.writeAndWait(c -> new Outbox(c).append(java.util.UUID.randomUUID(),
                MutationKind.CASE_ASSIGN, "x", 0, "{\"assignee\":\"a\\u0085b\"}", Instant.now())))
                .isInstanceOf(TextRefused.class).hasMessageContaining("U+0085");
        assertThat(outbox()).hasSize(before);
    }

    @Test
    void a_note_becomes_one_pending_mutation_naming_the_case_and_the_author_by_username() {
        int before = outbox().size();
        var line = fixture.cases(CaseStatus.IN_REVIEW).getFirst();
        new NoteService(fixture.database, CaseworkFixture.clockOn(CaseworkFixture.TODAY))
                .add(line.caseId(), fixture.officer("wang.fang"), "Called the agency.");
        List<OutboxRow> rows = outbox();
        assertThat(rows).hasSize(before + 1);
        OutboxRow row = rows.getLast();
        assertThat(row.seq()).isEqualTo(before + 1);
        assertThat(row.kind()).isEqualTo(MutationKind.NOTE_ADD);
        assertThat(row.state()).isEqualTo(OutboxState.PENDING);
        JsonNode payload = Outbox.parse(row.payload());
        assertThat(payload.path("by").asText()).isEqualTo("wang.fang");
        assertThat(payload.path("noteId").asText()).isEqualTo(row.mutationId().toString());
        assertThat(payload.path("caseNo").asText()).isEqualTo(line.caseNo());
        assertThat(row.entityId()).as("the case is named by its id on the wire")
                .isEqualTo(fixture.database.read(c -> new CaseRepository(c).caseId(line.caseId())).toString());
        assertThat(row.baseVersion()).isZero();
    }

    @Test
    void a_failing_change_leaves_no_outbox_row_and_seq_stays_contiguous() {
        int before = outbox().size();
        var change = new LocalChange(MutationKind.NOTE_ADD, "case", fixture.cases(CaseStatus.IN_REVIEW).getFirst().caseNo(), null, 1,
                Outbox.parse("{\"noteId\":1}").deepCopy(), Instant.now());
        assertThatThrownBy(() -> fixture.database.writeAndWait(c -> {
            new OutboxSink().record(c, (LocalChange) change);
            throw new IllegalStateException("the change itself failed");
        })).hasMessageContaining("failed");
        assertThat(outbox()).hasSize(before);
        fixture.database.writeAndWait(c -> {
            new OutboxSink().record(c, change);
            return null;
        });
        List<OutboxRow> rows = outbox();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).seq()).isEqualTo(i + 1);
        }
    }

    @Test
    void identifier_reveals_stay_on_the_workstation() {
        int before = outbox().size();
        fixture.database.writeAndWait(c -> {
            new OutboxSink().record(c, new LocalChange("identifier.reveal", "case", "X", null, 1,
                    Outbox.parse("{}").deepCopy(), Instant.now()));
            return null;
        });
        assertThat(outbox()).hasSize(before);
    }

    @Test
    void the_outbox_refuses_a_gap_in_seq() {
        assertThatThrownBy(() -> fixture.database.writeAndWait(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO outbox (seq, mutation_id, kind, entity_id, base_version, payload, created_at)"
                        + " VALUES (9999, '00000000-0000-4000-8000-000000000000', 'note.add', 'x', 0, '{}', 'now')");
            }
            return null;
        })).hasMessageContaining("contiguous");
    }
}
