package org.redress.ui.queue;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.redress.casework.QueueLine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The virtual list over queue pages, with a recording page source instead of the store. */
class QueueRowsTest {

    private final List<Integer> requested = new ArrayList<>();
    private final List<Long> generations = new ArrayList<>();
    private final QueueRows rows = new QueueRows((generation, page) -> {
        generations.add(generation);
        requested.add(page);
    });

    private static List<QueueLine> page(int page, int size) {
        LocalizedText name = new LocalizedText("体系", "scheme");
        return IntStream.range(0, size).mapToObj(i -> {
            long id = (long) page * QueueRows.PAGE_SIZE + i;
            return new QueueLine(id, "RD-2026-" + id, "name", "110105********002X", "S", name, "R", name, -10,
                    LocalDate.of(2026, 1, 1), null, null, Priority.NORMAL, CaseStatus.RECEIVED, null);
        }).toList();
    }

    @Test
    void the_size_is_the_whole_queue_while_only_the_first_page_is_held() {
        rows.reset(1_000, page(0, 50));

        assertThat(rows).hasSize(1_000);
        assertThat(rows.get(49).caseId()).isEqualTo(49);
        assertThat(rows.pagesHeld()).isEqualTo(1);
        assertThat(requested).isEmpty();
    }

    @Test
    void a_row_of_a_page_not_held_is_empty_and_asks_for_its_page_once() {
        rows.reset(1_000, page(0, 50));

        assertThat(rows.get(120)).isNull();
        assertThat(rows.get(149)).isNull();

        assertThat(requested).containsExactly(2);
    }

    @Test
    void an_arriving_page_replaces_its_rows_and_tells_the_table() {
        rows.reset(1_000, page(0, 50));
        rows.get(120);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<QueueLine>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ".." + c.getTo() + (c.wasReplaced() ? " replaced" : ""));
            }
        });

        rows.pageArrived(generations.getFirst(), 2, page(2, 50));

        assertThat(rows.get(120).caseId()).isEqualTo(120);
        assertThat(changes).isNotEmpty().allMatch(c -> c.endsWith("replaced"));
        assertThat(changes.getFirst()).startsWith("100..");
    }

    @Test
    void a_page_of_an_earlier_queue_is_ignored() {
        rows.reset(1_000, page(0, 50));
        rows.get(300);
        long old = generations.getFirst();
        rows.reset(500, page(0, 50));

        rows.pageArrived(old, 6, page(6, 50));

        assertThat(rows.get(300)).isNull();
    }

    @Test
    void only_a_few_pages_are_kept_the_least_recently_used_go_first() {
        rows.reset(10_000, page(0, 50));
        for (int p = 1; p <= QueueRows.MAX_PAGES + 3; p++) {
            rows.get(p * QueueRows.PAGE_SIZE);
            rows.pageArrived(rows.generation(), p, page(p, 50));
        }

        assertThat(rows.pagesHeld()).isEqualTo(QueueRows.MAX_PAGES);
        requested.clear();
        assertThat(rows.get(0)).as("page 0 was dropped").isNull();
        assertThat(requested).containsExactly(0);
    }

    @Test
    void a_failed_page_is_asked_for_again_next_time() {
        rows.reset(1_000, page(0, 50));
        rows.get(200);
        rows.pageFailed(rows.generation(), 4);

        rows.get(200);

        assertThat(requested).containsExactly(4, 4);
    }

    @Test
    void a_new_queue_reports_the_old_rows_removed_and_the_new_ones_added() {
        rows.reset(1_000, page(0, 50));
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<QueueLine>) c -> {
            while (c.next()) {
                changes.add((c.wasRemoved() ? "removed " + c.getRemovedSize() : "")
                        + (c.wasAdded() ? " added " + c.getAddedSize() : ""));
            }
        });

        rows.reset(7, page(0, 7));

        assertThat(rows).hasSize(7);
        assertThat(String.join(";", changes)).contains("removed 1000").contains("added 7");
    }
}
