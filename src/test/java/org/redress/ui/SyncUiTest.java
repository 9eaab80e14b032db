package org.redress.ui;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.redress.casework.QueueLine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.sync.Outbox;
import org.redress.sync.OutboxRow;
import org.redress.sync.OutboxState;
import org.redress.sync.SyncMeta;
import org.redress.sync.SyncMetaTable;
import org.redress.sync.protocol.MutationResult;
import org.redress.sync.protocol.MutationStatus;
import org.redress.ui.common.FxRuntime;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sync screen driven on the Headless platform over the demo workspace (which has no hub): the
 * notes an officer adds wait in the outbox and are listed by kind, what the hub refused is listed
 * with its reason, the Conflicts queue and the Devices tab are a supervisor's, and "Sync now" without a hub says so.
 */
class SyncUiTest extends WorkstationUiBase {

    private static final String PENDING = "Waiting to be sent";
    private static final String REFUSED = "Refused by the hub";

    /** Adds a note through the casework service (it journals the change into the outbox); returns its outbox row. */
    private OutboxRow addNote(QueueLine onCase, String body) {
        context.notes().add(onCase.caseId(), fixture.officer("wang.fang"), body);
        OutboxRow row = outbox().getLast();
        assertThat(row.kind()).isEqualTo("note.add");
        assertThat(row.entityId()).as("named by the case's id").isEqualTo(context.database()
                .read(c -> new org.redress.store.CaseRepository(c).caseId(onCase.caseId())).toString());
        return row;
    }

    private List<OutboxRow> outbox() {
        return context.database().read(c -> new Outbox(c).all());
    }

    private QueueLine aCaseInReview() {
        return fixture.cases(CaseStatus.IN_REVIEW).getFirst();
    }

    private void openSync(String username) {
        signInAs(username);
        robot.clickOn("#nav-sync");
        waitUntil(() -> robot.lookup("#sync-now").tryQuery().isPresent());
    }

    private List<String> tabs() {
        TabPane pane = robot.lookup(".tab-pane").queryAs(TabPane.class);
        return FxRuntime.call(() -> pane.getTabs().stream().map(Tab::getText).toList());
    }

    /** Shows the tab titled {@code title} (a click on its header) and returns its list. */
    @SuppressWarnings("unchecked")
    private ListView<OutboxRow> showTab(String title) {
        robot.clickOn(title);
        TabPane pane = robot.lookup(".tab-pane").queryAs(TabPane.class);
        waitUntil(() -> title.equals(pane.getSelectionModel().getSelectedItem().getText()));
        return (ListView<OutboxRow>) FxRuntime.call(() -> pane.getSelectionModel().getSelectedItem().getContent());
    }

    /** The text the list's cell shows for the row with {@code seq}, once the screen has read it. */
    private String cellOf(ListView<OutboxRow> list, long seq) {
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.seq() == seq));
        return FxRuntime.call(() -> {
            list.scrollTo(list.getItems().stream().filter(r -> r.seq() == seq).findFirst().orElseThrow());
            list.layout();
            return robot.from(list).lookup(".list-cell")
                    .match((ListCell<OutboxRow> cell) -> cell.getItem() != null && cell.getItem().seq() == seq)
                    .queryAs(ListCell.class).getText();
        });
    }

    @Test
    void notes_added_here_wait_to_be_sent_and_are_listed_by_kind() {
        QueueLine target = aCaseInReview();
        OutboxRow first = addNote(target, "Called the applicant about the bank letter.");
        OutboxRow second = addNote(target, "The bank letter arrived.");

        openSync("wang.fang");
        ListView<OutboxRow> pending = showTab(PENDING);

        assertThat(cellOf(pending, second.seq())).startsWith("#" + second.seq() + "  Note · " + target.caseNo() + " · ");
        assertThat(cellOf(pending, first.seq())).startsWith("#" + first.seq() + "  Note · " + target.caseNo() + " · ");
        List<Long> stored = outbox().stream().filter(r -> r.state() == OutboxState.PENDING).map(OutboxRow::seq)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        assertThat(FxRuntime.call(() -> pending.getItems().stream().map(OutboxRow::seq).toList()))
                .as("every pending row, newest first").isEqualTo(stored);
    }

    @Test
    void with_nothing_waiting_the_pending_tab_says_so() {
        addNote(aCaseInReview(), "Sent before the screen opens.");
        // The hub's pull reports it has everything up to the last seq: what a sync that worked leaves behind.
        context.database().writeAndWait(c -> new Outbox(c).ackUpTo(new Outbox(c).lastSeq()));

        openSync("wang.fang");
        ListView<OutboxRow> pending = showTab(PENDING);

        assertThat(FxRuntime.call(() -> pending.getItems().size())).isZero();
        Node placeholder = FxRuntime.call(pending::getPlaceholder);
        assertThat(FxRuntime.call(() -> ((javafx.scene.control.Label) placeholder).getText())).isEqualTo(
                "Nothing is waiting to be sent: every change made here has reached the hub, or none was made.");
        waitUntil(placeholder::isVisible);
    }

    @Test
    void a_change_the_hub_refused_is_listed_under_refused_with_its_reason() {
        OutboxRow refused = addNote(aCaseInReview(), "Written on a case the hub has since closed.");
        String reason = "the case is closed on the hub; notes can no longer be added";
        context.database().writeAndWait(c -> {
            new Outbox(c).recordResult(new MutationResult(refused.seq(), refused.mutationId(), MutationStatus.REJECTED,
                    reason, 0, null));
            return null;
        });

        openSync("wang.fang");
        ListView<OutboxRow> rejected = showTab(REFUSED);

        assertThat(cellOf(rejected, refused.seq())).startsWith("#" + refused.seq() + "  Note · ").endsWith("\n" + reason);
        ListView<OutboxRow> pending = showTab(PENDING);
        assertThat(FxRuntime.call(() -> pending.getItems().stream().noneMatch(r -> r.seq() == refused.seq())))
                .as("a refused change no longer waits").isTrue();
    }

    @Test
    void only_a_supervisor_sees_the_conflicts_tab() {
        openSync("wang.fang");
        assertThat(tabs()).containsExactly(PENDING, REFUSED, "Kept as conflicts");

        FxRuntime.run(() -> window.showSignIn());
        openSync("chen.jing");
        assertThat(tabs()).containsExactly(PENDING, REFUSED, "Kept as conflicts", "Conflicts", "Devices");
        robot.clickOn("Conflicts");
        waitUntil(() -> robot.lookup("#conflicts-list").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void sync_now_without_a_hub_says_so_and_changes_nothing_stored() {
        addNote(aCaseInReview(), "Waits for a hub.");
        openSync("wang.fang");
        assertThat(text("#sync-line")).isEqualTo("Sync: working offline (no hub set up)");
        // Taken after signing in: the deadline sweep that runs then records breaches of its own (case.clock).
        List<OutboxRow> outboxBefore = outbox();
        assertThat(outboxBefore).extracting(OutboxRow::kind).contains("note.add");
        SyncMeta metaBefore = context.database().read(c -> new SyncMetaTable(c).read());

        robot.clickOn("#sync-now");
        waitUntil(() -> !text("#sync-message").isEmpty());

        assertThat(text("#sync-message")).isEqualTo("No hub is set up for this workspace; run redress sync --hub URL"
                + " once, or start the demo with its hub.");
        assertThat(text("#sync-line")).isEqualTo("Sync: working offline (no hub set up)");
        assertThat(outbox()).isEqualTo(outboxBefore);
        SyncMeta metaAfter = context.database().read(c -> new SyncMetaTable(c).read());
        assertThat(metaAfter).as("no attempt recorded, no hub, no error").isEqualTo(metaBefore);
    }
}
