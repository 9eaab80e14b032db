package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseStatus;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.Journal;
import org.redress.store.JournalSink;
import org.redress.store.LocalChange;
import org.redress.store.NoteRepository;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.store.Workspace;
import org.redress.sync.protocol.MutationKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every casework change passes the journal inside its own transaction. */
class JournalTest {

    private static final List<LocalChange> HEARD = new CopyOnWriteArrayList<>();
    private static volatile boolean failing;
    private static Path folder;
    private static DemoResult demo;
    private static Database database;

    private static final JournalSink WATCHER = new JournalSink() {
        @Override
        public void record(Connection connection, LocalChange change) throws SQLException {
            if (failing) {
                throw new SQLException("sink refused " + change.kind());
            }
            HEARD.add(change);
        }
    };

    @BeforeAll
    static void workspace() throws IOException {
        folder = Files.createTempDirectory("redress-journal-test");
        demo = new DemoBuilder(new DemoRequest(60, 7L, CaseworkFixture.TODAY)).build(folder.resolve("ws"));
        database = Database.open(new Workspace(folder.resolve("ws")), 2, Journal.of(List.of(WATCHER)));
    }

    @AfterAll
    static void close() {
        database.close();
        CaseworkFixture.DemoBuilderAccess.delete(folder);
    }

    private Officer officer() {
        return demo.accounts().stream().filter(a -> a.username().equals("wang.fang")).findFirst().orElseThrow()
                .asOfficer();
    }

    private CaseRow anyOpenCase() {
        long id = new QueueService(database, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY))
                .rows(officer(), QueueFilter.ALL.withStatuses(Set.of(CaseStatus.IN_REVIEW)), QueueOrder.BY_DEADLINE, 0, 1)
                .getFirst().caseId();
        return database.read(c -> new CaseRepository(c).byId(id).orElseThrow());
    }

    @Test
    void a_note_reaches_the_journal_named_by_case_number() {
        failing = false;
        CaseRow row = anyOpenCase();
        new NoteService(database, CaseworkFixture.clockOn(CaseworkFixture.TODAY)).add(row.id(), officer(), "Called the applicant");
        assertThat(HEARD).anySatisfy(change -> {
            assertThat(change.kind()).isEqualTo(MutationKind.NOTE_ADD);
            assertThat(change.entityId()).isEqualTo(row.caseNo());
            assertThat(change.payload().get("body").asText()).isEqualTo("Called the applicant");
        });
    }

    @Test
    void a_sink_that_fails_rolls_the_change_back() {
        CaseRow row = anyOpenCase();
        int notesBefore = notes(row);
        failing = true;
        try {
            assertThatThrownBy(() -> new NoteService(database, CaseworkFixture.clockOn(CaseworkFixture.TODAY))
                    .add(row.id(), officer(), "never stored")).hasMessageContaining("sink refused note.add");
        } finally {
            failing = false;
        }
        assertThat(notes(row)).isEqualTo(notesBefore);
    }

    private static int notes(CaseRow row) {
        List<?> all = database.read(c -> new NoteRepository(c).forCase(row.id()));
        return all.size();
    }

    @Test
    void a_reveal_of_an_identifier_is_a_change_of_its_own() {
        failing = false;
        CaseRow row = anyOpenCase();
        new IdentifierReveal(database, CaseworkFixture.clockOn(CaseworkFixture.TODAY)).reveal(row.id(), officer(), "checking the identity");
        assertThat(HEARD).anySatisfy(change -> {
            assertThat(change.kind()).isEqualTo(Changes.IDENTIFIER_REVEAL);
            assertThat(change.entityId()).isEqualTo(row.caseNo());
        });
    }
}
