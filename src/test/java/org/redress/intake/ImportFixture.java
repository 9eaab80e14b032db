package org.redress.intake;

import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** A workspace with two agencies and an importer on the fixed test clock (2026-11-27). */
final class ImportFixture implements AutoCloseable {
    static final String LEDGER = FeedImporterTest.HEADER + ",kind,target_reference";
    static final String APPEALS = "reference,agency,subject_id,subject_name,disputed,grounds,statement,received_on";
    static final String ZHANG = FeedImporterTest.ZHANG;

    final Path dir;
    final Database db;
    final FeedImporter importer;

    ImportFixture(Path dir) {
        this.dir = dir;
        db = Database.open(new Workspace(dir.resolve("ws")));
        db.writeAndWait(c -> {
            AgencyRepository agencies = new AgencyRepository(c);
            agencies.save(new AgencyRow("RC-BANK", "荣成农商银行", "Rongcheng Rural Commercial Bank", "371082"));
            agencies.save(new AgencyRow("RC-COURT", "荣成市人民法院", "Rongcheng People's Court", "371082"));
            // A block of the office's case numbers, as the hub would have leased it: cases are RD-2026-000001 on.
            new org.redress.store.NumberSeries(c).addLease(org.redress.store.NumberSeries.Kind.CASE, "RD", 2026, 1, 100,
                    FeedImporterTest.CLOCK.instant());
            return null;
        });
        importer = new FeedImporter(db, SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(), FeedImporterTest.CLOCK);
    }

    /** A ledger row of RC-BANK for Zhang San under RONGCHENG_POINTS, with kind and target. */
    static String entry(String reference, String rule, int points, String imposedOn, String kind, String target) {
        return reference + ",RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS," + rule + "," + points + "," + imposedOn
                + "," + kind + "," + target + "\n";
    }

    static String deduction(String reference, String imposedOn) {
        return entry(reference, "RC-FIN-03", -20, imposedOn, "DEDUCTION", "");
    }

    static String appeal(String reference, String disputed, String receivedOn) {
        return reference + ",RC-BANK," + ZHANG + ",张三," + disputed + ",FACTS_WRONG,不是我欠的款," + receivedOn + "\n";
    }

    Path file(String name, CharSequence body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, body, StandardCharsets.UTF_8);
        return f;
    }

    ImportReport ledger(String name, String... rows) throws IOException {
        return importer.importFile(file(name, LEDGER + "\n" + String.join("", rows)), ImportMode.ALL_OR_NOTHING);
    }

    ImportReport appeals(String name, String... rows) throws IOException {
        return importer.importFile(file(name, APPEALS + "\n" + String.join("", rows)), ImportMode.ALL_OR_NOTHING);
    }

    long count(String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    List<String> strings(String sql) {
        return db.read(c -> {
            List<String> values = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
