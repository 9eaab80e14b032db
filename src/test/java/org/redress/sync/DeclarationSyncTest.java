package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.DeclarationLine;
import org.redress.casework.RecusalDeclarations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recusal declarations reach the office's other workstations: a declaration made on one is
 * enforced at the hub and published, so another workstation stores it (vouched for in its audit
 * chain) and shows it with the case, while the declaring workstation recognises its own coming
 * back instead of copying it.
 */
class DeclarationSyncTest {

    private static SyncTestbed bed;

    // A bed of its own: a declaration bars its officer from the subject's cases for good, and the shared
    // bed's other tests work those cases as that officer.
    @BeforeAll
    static void start() {
        bed = SyncTestbed.create(10);
    }

    @org.junit.jupiter.api.AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void a_declaration_made_on_one_workstation_is_shown_on_another_after_sync_and_not_copied_back() {
        var a = bed.station("wang.fang");
        var b = bed.station("li.qiang");
        assertThat(a.sync().error()).isNull();
        assertThat(b.sync().error()).isNull();
        String caseNo = SyncCases.anyCases(a.database(), 1).getFirst();
        String relation = "cousin " + UUID.randomUUID().toString().substring(0, 8);
        new RecusalDeclarations(a.database(), Clock.systemUTC()).declareForCase(SyncCases.caseId(a.database(), caseNo),
                bed.account("wang.fang").asOfficer(), relation, "Met at a wedding.");

        assertThat(a.sync().error()).isNull();
        assertThat(a.sync().error()).isNull();
        assertThat(a.outbox()).noneMatch(r -> r.state() == OutboxState.REJECTED || r.state() == OutboxState.PENDING);
        assertThat(bed.hubCount("SELECT count(*) FROM recusal_declaration WHERE relation = '" + relation + "'")).isEqualTo(1);
        assertThat(bed.hubCount("SELECT count(*) FROM change_log WHERE entity = 'recusal' AND payload->>'relation' = '"
                + relation + "'")).isEqualTo(1);
        assertThat(declarations(a, relation)).as("its own comes back recognised, not copied").isEqualTo(1);

        assertThat(b.sync().error()).isNull();

        assertThat(declarations(b, relation)).isEqualTo(1);
        var shown = new RecusalDeclarations(b.database(), Clock.systemUTC())
                .forCase(SyncCases.caseId(b.database(), caseNo), bed.account("li.qiang").asOfficer());
        assertThat(shown).extracting(DeclarationLine::relation).contains(relation);
        assertThat(b.sync().error()).isNull();
        assertThat(declarations(b, relation)).as("pulled once").isEqualTo(1);
    }

    private static long declarations(SyncTestbed.Station s, String relation) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT count(*) FROM recusal_declaration r JOIN officer o ON o.id = r.officer_id
                    WHERE r.relation = ? AND o.username = 'wang.fang'""")) {
                ps.setString(1, relation);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
