package org.redress.ui.sync;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.NoteService;
import org.redress.domain.appeal.CaseStatus;
import org.redress.sync.SyncDesk;
import org.redress.ui.ImmediateTasks;
import org.redress.ui.common.Messages;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The Sync screen's model, without a toolkit: what waits, in words, and what the status bar says. */
class SyncViewModelTest {

    private static CaseworkFixture fixture;

    @BeforeAll
    static void open() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void a_workspace_without_a_hub_says_it_works_offline_and_lists_what_waits_to_be_sent() {
        new NoteService(fixture.database, CaseworkFixture.clockOn(CaseworkFixture.TODAY))
                .add(fixture.cases(CaseStatus.IN_REVIEW).getFirst().caseId(), fixture.officer("wang.fang"), "Waits");
        SyncDesk desk = SyncDesk.open(fixture.database, CaseworkFixture.clockOn(CaseworkFixture.TODAY));
        Messages messages = new Messages(Messages.ENGLISH);
        SyncViewModel model = new SyncViewModel(desk, ImmediateTasks.create(), messages, fixture.officer("wang.fang"),
                ZoneId.of("Asia/Shanghai"));

        model.refresh();

        assertThat(desk.configured()).isFalse();
        assertThat(model.lineProperty().get()).isEqualTo("Sync: working offline (no hub set up)");
        assertThat(model.pending()).isNotEmpty();
        assertThat(model.pending().getFirst().kind()).isEqualTo("note.add");
        assertThat(model.supervisor()).isFalse();
        model.syncNow();
        assertThat(model.messageProperty().get()).contains("No hub is set up");
        messages.localeProperty().set(Messages.CHINESE);
        assertThat(model.lineProperty().get()).startsWith("同步");
    }
}
