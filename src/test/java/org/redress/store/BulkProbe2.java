package org.redress.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;

public final class BulkProbe2 {
    public static void main(String[] args) throws Exception {
        int per = Integer.parseInt(args[1]);
        try (Database db = Database.open(Workspace.create(Path.of(args[0])))) {
            db.writeAndWait(c -> { new SyntheticCases(1).reference(c); return null; });
            db.writeAndWait(c -> { c.createStatement().execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 1000000) INSERT INTO subject (id, kind, identifier, id_kind, id_verdict, name) SELECT i, 'PERSON', 'ID'||i, 'R', 'V', 'x' FROM n"); return null; });
            StringBuilder sql = new StringBuilder("INSERT INTO ledger_event (id, subject_id, scheme_code, rule_code, kind, points, agency_code, imposed_on, reference, target_id, publication_until, imposed_by_officer, decision_id, reported_score, source, created_at) VALUES ");
            for (int r = 0; r < per; r++) sql.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            for (int round = 0; round < 5; round++) {
                int base = round * 500_000;
                long t0 = System.nanoTime();
                db.writeAndWait(c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                        for (int i = 0; i < 500_000; i += per) {
                            int p = 1;
                            for (int r = 0; r < per; r++) {
                                int k = base + i + r;
                                ps.setLong(p++, k + 1); ps.setLong(p++, 1 + k / 5); ps.setString(p++, "S"); ps.setString(p++, "R1");
                                ps.setString(p++, "DEDUCTION"); ps.setInt(p++, -10); ps.setString(p++, SyntheticCases.agencyCode(k % 40));
                                ps.setString(p++, "2025-01-01"); ps.setString(p++, "REF-" + k); ps.setNull(p++, 4); ps.setNull(p++, 12);
                                ps.setNull(p++, 4); ps.setNull(p++, 4); ps.setNull(p++, 4); ps.setString(p++, "X"); ps.setString(p++, "2025-01-01T00:00:00.000Z");
                            }
                            ps.executeUpdate();
                        }
                    }
                    return null;
                });
                System.out.printf("rows per statement %d: %.0f rows/s%n", per, 500_000 / ((System.nanoTime() - t0) / 1e9));
            }
        }
    }
}
