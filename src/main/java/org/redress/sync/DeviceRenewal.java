package org.redress.sync;

import org.redress.domain.appeal.CaseNumber;
import org.redress.store.CaseRepository;
import org.redress.store.Database;
import org.redress.store.NumberSeries;
import org.redress.sync.protocol.MutationKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A restored or copied workspace becomes a new device and keeps its work ({@code redress sync
 * --new-device}): a new device key (so a new id at the hub, after a supervisor approves it), the
 * old token forgotten, and the blocks of numbers leased to the old device given up (the original
 * may be using them). At the next sign-in under the new id every outbox row is sent again; the hub
 * answers those it already took (by mutation id) as duplicates and takes the rest.
 *
 * <p>Cases created here whose creation the hub has not acknowledged carry numbers from the old
 * device's blocks, which the hub would refuse from the new device ({@code CASE_NUMBER_NOT_LEASED})
 * and which the original may give to another case. In the same transaction they are renumbered
 * provisionally ({@code RD-2026-P-…}, a {@code RENUMBERED} line in each case's history); the push
 * sends each creation under the number its case carries then, and the hub answers with the next
 * number of the office's series. A creation the original already delivered is a duplicate at the
 * hub, whose stored answer gives the case its number back.
 */
public final class DeviceRenewal {

    /** The new device and how many unacknowledged new cases were given provisional numbers. */
    public record Renewed(DeviceKey key, int renumbered) {
    }

    private DeviceRenewal() {
    }

    public static DeviceKey renew(Database database) {
        return renewal(database, Clock.systemUTC()).key();
    }

    public static Renewed renewal(Database database, Clock clock) {
        DeviceKey key = DeviceKeyFile.replace(database.workspace());
        int renumbered = database.writeAndWait(c -> {
            new SyncMetaTable(c).clearToken();
            int n = renumberUnacknowledged(c, clock);
            new NumberSeries(c).forgetLeases();
            return n;
        });
        return new Renewed(key, renumbered);
    }

    /** Gives a provisional number to every case whose pending creation names a final number of the office's series. */
    static int renumberUnacknowledged(Connection c, Clock clock) throws SQLException {
        record Pending(long id, UUID caseId, String caseNo) {
        }
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.case_uuid, a.case_no FROM outbox o JOIN appeal_case a ON a.case_uuid = o.entity_id
                WHERE o.kind = ? AND o.state = 'PENDING' AND ifnull(json_extract(o.payload, '$.legacy'), 0) = 0
                ORDER BY o.seq""")) {
            ps.setString(1, MutationKind.CASE_CREATE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Pending(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        CaseRepository cases = new CaseRepository(c, clock);
        NumberSeries numbers = new NumberSeries(c);
        int n = 0;
        for (Pending p : pending) {
            var number = CaseNumber.tryParse(p.caseNo());
            if (number.isEmpty()) {
                continue;   // provisional already: the hub numbers it
            }
            cases.renumber(p.id(), numbers.provisionalNumber(number.get().office(), number.get().year(), p.caseId()),
                    "this workspace became a new device; the number was leased to the old one");
            n++;
        }
        return n;
    }
}
