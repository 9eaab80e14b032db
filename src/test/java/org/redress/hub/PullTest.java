package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.hub.db.ServerEpoch;
import org.redress.sync.protocol.Change;
import org.redress.sync.protocol.MutationKind;
import org.redress.sync.protocol.PullResponse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.hub.HubClient.json;
import static org.redress.hub.HubClient.mutation;

class PullTest {

    private final String office = TestHub.newOffice();
    private final HubClient puller = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

    @Test
    void a_slow_transaction_that_took_a_lower_seq_is_still_pulled_after_it_commits() throws Exception {
        List<Long> seen = new ArrayList<>();
        String cursor;
        long slowSeq;
        long fastSeq;
        try (Connection slow = TestHub.server().database().connection();
             Connection fast = TestHub.server().database().connection()) {
            slow.setAutoCommit(false);
            slowSeq = insertChange(slow, "slow");
            fastSeq = insertChange(fast, "fast"); // autocommit: commits at once, after slow took its seq
            assertThat(fastSeq).isGreaterThan(slowSeq);

            PullResponse during = puller.pull(null, 100);
            during.changes().forEach(c -> seen.add(c.seq()));
            cursor = during.cursor();
            // The committed one is served at once; the cursor moves past it, not past the slow one's seq.
            assertThat(seen).containsExactly(fastSeq);
            slow.commit();
        }
        puller.pull(cursor, 100).changes().forEach(c -> seen.add(c.seq()));

        assertThat(seen).containsExactly(fastSeq, slowSeq);
    }

    @Test
    void control_the_naive_seq_cursor_loses_the_slow_transactions_row() throws Exception {
        List<Long> seen = new ArrayList<>();
        try (Connection slow = TestHub.server().database().connection();
             Connection fast = TestHub.server().database().connection()) {
            slow.setAutoCommit(false);
            insertChange(slow, "slow");
            insertChange(fast, "fast");
            seen.addAll(naivePage(0));
            slow.commit();
        }
        long cursor = seen.stream().mapToLong(Long::longValue).max().orElse(0);
        seen.addAll(naivePage(cursor));

        assertThat(Rows.changes(office)).isEqualTo(2);
        assertThat(seen).hasSize(1); // the trap of SYNC.md: one committed change never reaches this puller
    }

    @Test
    void every_change_of_concurrent_writers_reaches_a_puller_exactly_once() throws Exception {
        int writers = 4;
        int perWriter = 60;
        List<HubClient> clients = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            clients.add(TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER)));
        }
        String[][] cases = new String[writers][5];
        for (int w = 0; w < writers; w++) {
            for (int k = 0; k < 5; k++) {
                cases[w][k] = TestHub.kase(office, "P-" + w + "-" + k);
            }
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                HubClient ws = clients.get(w);
                int writer = w;
                running.add(pool.submit(() -> {
                    for (int s = 1; s <= perWriter; s++) {
                        ws.push(List.of(mutation(s, MutationKind.NOTE_ADD, cases[writer][s % 5], 0,
                                json("text", "n" + s))));
                    }
                }));
            }
            while (running.stream().anyMatch(f -> !f.isDone())) {
                PullResponse page = puller.pull(cursor, 7);
                page.changes().forEach(c -> seen.add(c.seq()));
                cursor = page.cursor();
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        PullResponse page;
        do {
            page = puller.pull(cursor, 50);
            page.changes().forEach(c -> seen.add(c.seq()));
            cursor = page.cursor();
        } while (page.hasMore() || !page.changes().isEmpty());

        assertThat(seen).doesNotHaveDuplicates();
        assertThat((long) seen.size()).isEqualTo(Rows.changes(office));
    }

    @Test
    void a_transaction_takes_one_position_as_it_commits_and_pages_follow_commit_order() throws Exception {
        long first;
        long second;
        try (Connection a = TestHub.server().database().connection();
             Connection b = TestHub.server().database().connection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            insertChange(a, "a1");
            insertChange(b, "b1");
            insertChange(a, "a2");
            b.commit();
            a.commit();
            first = position(b, "b1");
            second = position(a, "a1");
            assertThat(position(a, "a2")).isEqualTo(second);
        }
        assertThat(second).isGreaterThan(first);

        PullResponse one = puller.pull(null, 1);
        PullResponse rest = puller.pull(one.cursor(), 10);
        assertThat(one.changes()).extracting(Change::entityId).containsExactly("b1");
        assertThat(rest.changes()).extracting(Change::entityId).containsExactly("a1", "a2");
    }

    @Test
    void a_cursor_past_the_hubs_history_starts_a_new_epoch_by_itself() throws Exception {
        HubClient writer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        writer.push(List.of(mutation(1, MutationKind.NOTE_ADD, TestHub.kase(office, "F-1"), 0, json("text", "a"))));
        PullResponse now = writer.pull(null, 100);
        String epoch = now.epoch();
        // A cursor of this epoch from beyond the last position: the hub lost history it once served.
        String ahead = new org.redress.hub.pull.PullCursor(epoch, Long.MAX_VALUE / 2, 1).encode();

        assertThat(writer.pullRaw(ahead, 100).statusCode()).isEqualTo(409);
        assertThat(writer.pull(null, 100).epoch()).isNotEqualTo(epoch);
    }

    private long position(Connection c, String entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pos FROM change_log WHERE office_code = ? AND entity_id = ?")) {
            ps.setString(1, office);
            ps.setString(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void pages_follow_one_another_and_report_the_callers_last_mutation() {
        HubClient writer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        String kase = TestHub.kase(office, "PG-1");
        writer.push(List.of(
                mutation(1, MutationKind.NOTE_ADD, kase, 0, json("text", "a")),
                mutation(2, MutationKind.NOTE_ADD, kase, 0, json("text", "b")),
                mutation(3, MutationKind.NOTE_ADD, kase, 0, json("text", "c"))));

        PullResponse first = writer.pull(null, 2);
        PullResponse second = writer.pull(first.cursor(), 2);

        // The case itself, then its three notes.
        assertThat(first.hasMore()).isTrue();
        assertThat(first.changes()).hasSize(2);
        assertThat(second.hasMore()).isFalse();
        assertThat(second.changes()).hasSize(2);
        assertThat(first.lastMutationSeq()).isEqualTo(3);
        Set<Long> seqs = new HashSet<>();
        first.changes().forEach(c -> seqs.add(c.seq()));
        second.changes().stream().map(Change::seq).forEach(seqs::add);
        assertThat(seqs).hasSize(4);
    }

    @Test
    void a_cursor_of_another_epoch_is_refused_with_409_and_a_fresh_pull_starts_over() throws Exception {
        HubClient writer = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        writer.push(List.of(mutation(1, MutationKind.NOTE_ADD, TestHub.kase(office, "E-1"), 0, json("text", "a"))));
        PullResponse before = writer.pull(null, 100);

        String renewed = TestHub.server().database().inTransaction(ServerEpoch::renew);

        assertThat(writer.pullRaw(before.cursor(), 100).statusCode()).isEqualTo(409);
        PullResponse fresh = writer.pull(null, 100);
        assertThat(fresh.epoch()).isEqualTo(renewed).isNotEqualTo(before.epoch());
        assertThat(fresh.changes()).hasSameSizeAs(before.changes());
    }

    private long insertChange(Connection c, String what) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO change_log (office_code, entity, entity_id, op, version, payload)
                VALUES (?, 'note', ?, 'append', 1, '{}'::jsonb) RETURNING seq""")) {
            ps.setString(1, office);
            ps.setString(2, what);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<Long> naivePage(long after) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (Connection c = TestHub.server().database().connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT seq FROM change_log WHERE office_code = ? AND seq > ? ORDER BY seq")) {
            ps.setString(1, office);
            ps.setLong(2, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        }
        return seqs;
    }
}
