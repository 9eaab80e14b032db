package org.redress.store;

import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

public final class BulkProbe {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String cache = args.length > 1 ? args[1] : null;
        try (Database db = Database.open(Workspace.create(folder))) {
            db.writeAndWait(c -> { new SyntheticCases(1).reference(c); if (cache != null) c.createStatement().execute("PRAGMA cache_size=" + cache); return null; });
            for (int round = 0; round < 6; round++) {
                long t0 = System.nanoTime();
                int base = round * 100_000;
                db.writeAndWait(c -> {
                    try (BulkLoader bulk = new BulkLoader(c)) {
                        for (int i = 0; i < 100_000; i++) {
                            bulk.subject(new SubjectRow(0, SubjectKind.PERSON, "ID" + (base + i), "RESIDENT_ID", "VALID", null, "张三", "110000", null));
                        }
                    }
                    return null;
                });
                long t1 = System.nanoTime();
                Instant now = Instant.now();
                LocalDate d = LocalDate.of(2025, 1, 1);
                db.writeAndWait(c -> {
                    try (BulkLoader bulk = new BulkLoader(c)) {
                        for (int i = 0; i < 500_000; i++) {
                            bulk.ledgerEntry(new LedgerEntryRow(base + 1 + i / 5, new LedgerEvent(0, "S", "R1", LedgerEventKind.DEDUCTION, -10,
                                    SyntheticCases.agencyCode(i % 40), d, "REF-" + (base * 5 + i), null, null), null, null, null, "X", now));
                        }
                    }
                    return null;
                });
                long t2 = System.nanoTime();
                System.out.printf("subjects %.0f/s, ledger %.0f/s%n", 100_000 / ((t1 - t0) / 1e9), 500_000 / ((t2 - t1) / 1e9));
            }
        }
    }
}
