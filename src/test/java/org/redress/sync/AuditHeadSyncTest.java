package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.audit.AuditChain;
import org.redress.audit.ChainHead;

import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Each sync leaves the workstation's audit head at the hub; history rewritten afterwards is caught there. */
class AuditHeadSyncTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }

    private static ChainHead head(SyncTestbed.Station station) {
        return station.database().read(c -> AuditChain.head(c).orElseThrow());
    }

    @Test
    void a_sync_records_the_chain_head_and_a_later_rewrite_of_it_is_refused_and_told() {
        var a = bed.station("zhao.lei");
        String caseNo = SyncCases.anyCases(a.database(), 1).getFirst();
        SyncCases.note(a.database(), bed.account("zhao.lei").asOfficer(), caseNo, "Head test");

        SyncReport first = a.sync();
        ChainHead synced = head(a);

        assertThat(first.error()).isNull();
        assertThat(bed.hubCount("SELECT count(*) FROM audit_head WHERE client_id = '" + a.meta().clientId()
                + "' AND seq = " + synced.seq() + " AND hash = '" + synced.hash() + "'")).isEqualTo(1);

        // An attacker with the database file rewrites the synced event (dropping the append-only trigger first).
        a.database().writeAndWait(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER audit_event_append_only_update");
                s.executeUpdate("UPDATE audit_event SET hash = '" + "0".repeat(64) + "' WHERE seq = " + synced.seq());
            }
            return null;
        });
        SyncCases.note(a.database(), bed.account("zhao.lei").asOfficer(), caseNo, "After the rewrite");
        SyncReport second = a.sync();

        assertThat(second.error()).contains("audit history changed", "event " + synced.seq());
        assertThat(bed.hubCount("SELECT count(*) FROM audit_alert WHERE client_id = '" + a.meta().clientId() + "'"))
                .isEqualTo(1);
        assertThat(bed.hubCount("SELECT seq FROM audit_head WHERE client_id = '" + a.meta().clientId() + "'"))
                .as("the hub keeps the head it trusted").isEqualTo(synced.seq());
    }
}
