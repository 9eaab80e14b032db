package org.redress.hub.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.redress.domain.appeal.CaseNumber;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.numbers.NumberSeries;
import org.redress.sync.protocol.NumberLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Gives a hub the cases a workspace already holds, as if each had arrived by its own
 * {@code case.create}: the demo's hub when it is first made, and test beds. Each case is stored
 * under its id and number (a case whose id the hub holds already is skipped), published with its
 * content so every workstation of the office can hold it, and every number series is moved past
 * the numbers taken. The workspace's own leases are recorded as granted to its device.
 */
public final class CaseSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSeeding.class);
    private static final int BATCH = 500;

    private CaseSeeding() {
    }

    /** What a seeding did. */
    public record Seeded(int cases, int skipped, int leases) {
    }

    /**
     * Seeds {@code office} with {@code cases} (each a {@code case.create} payload with its
     * {@code caseId} and {@code caseNo}) and records {@code leases} as {@code device}'s.
     */
    public static Seeded seed(HubDatabase db, String office, List<? extends JsonNode> cases, UUID device,
                              List<NumberLease> leases) throws SQLException {
        Seeded seeded = seedCases(db, office, cases);
        return new Seeded(seeded.cases(), seeded.skipped(), recordLeases(db, office, device, leases));
    }

    /** Seeds {@code office} with {@code cases} (a page of a larger seeding; no leases). */
    public static Seeded seedCases(HubDatabase db, String office, List<? extends JsonNode> cases) throws SQLException {
        int stored = 0;
        int skipped = 0;
        for (int from = 0; from < cases.size(); from += BATCH) {
            List<? extends JsonNode> batch = cases.subList(from, Math.min(cases.size(), from + BATCH));
            int[] counts = db.inTransaction(c -> seedBatch(c, office, batch));
            stored += counts[0];
            skipped += counts[1];
        }
        LOG.debug("event=hub.seeded office={} cases={} skipped={}", office, stored, skipped);
        return new Seeded(stored, skipped, 0);
    }

    /** Records blocks a workspace holds as leased to its device (overlapping another device's: not recorded). */
    public static int recordLeases(HubDatabase db, String office, UUID device, List<NumberLease> leases)
            throws SQLException {
        int recorded = db.inTransaction(c -> {
            int n = 0;
            for (NumberLease lease : leases) {
                if (NumberSeries.adopt(c, lease.kind(), lease.prefix(), lease.year(), lease.first(), lease.last(), device,
                        office)) {
                    n++;
                }
            }
            return n;
        });
        LOG.info("event=hub.seeded.leases office={} leases={}", office, recorded);
        return recorded;
    }

    /** Whether the hub holds any seeded case of {@code office} (the demo seeds once). */
    public static boolean seeded(HubDatabase db, String office) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT EXISTS (SELECT 1 FROM hub_case WHERE office_code = ? AND created_by = 'seed')")) {
            ps.setString(1, office);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static int[] seedBatch(Connection c, String office, List<? extends JsonNode> batch) throws SQLException {
        int stored = 0;
        int skipped = 0;
        List<CaseNumber> numbers = new ArrayList<>();
        for (JsonNode p : batch) {
            UUID caseId = UUID.fromString(p.path("caseId").asText());
            String caseNo = p.path("caseNo").asText();
            ObjectNode content;
            try {
                content = CaseCreation.content(p);
            } catch (Rejection e) {
                throw new IllegalArgumentException("case " + caseNo + " cannot be seeded: " + e.getMessage(), e);
            }
            content.remove("caseId");
            if (CaseCreation.insert(c, office, caseId, caseNo, content, "seed")) {
                stored++;
                CaseNumber.tryParse(caseNo).ifPresent(numbers::add);
            } else {
                skipped++;
            }
        }
        java.util.Map<String, CaseNumber> highest = new java.util.HashMap<>();
        for (CaseNumber n : numbers) {
            highest.merge(n.office() + "-" + n.year(), n, (a, b) -> a.sequence() >= b.sequence() ? a : b);
        }
        for (CaseNumber n : highest.values()) {
            NumberSeries.passBeyond(c, NumberSeries.CASE, n.office(), n.year(), n.sequence());
        }
        return new int[] {stored, skipped};
    }

    /** Moves a series past {@code last} (letters a workspace issued before it had a hub). */
    public static void passBeyond(HubDatabase db, String kind, String prefix, int year, long last) throws SQLException {
        db.inTransaction(c -> {
            NumberSeries.passBeyond(c, kind, prefix, year, last);
            return null;
        });
    }
}
