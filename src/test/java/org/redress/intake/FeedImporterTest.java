package org.redress.intake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.appeal.Priority;
import org.redress.store.AgencyRepository;
import org.redress.store.AgencyRow;
import org.redress.store.Database;
import org.redress.store.NumberSeries;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FeedImporterTest {
    static final String HEADER = "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on";
    /** GB 11643's published example, a valid resident ID (born 1949). */
    static final String ZHANG = "11010519491231002X";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    Database db;
    FeedImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(new Workspace(dir.resolve("ws")));
        db.writeAndWait(c -> {
            AgencyRepository agencies = new AgencyRepository(c);
            agencies.save(new AgencyRow("RC-BANK", "荣成农商银行", "Rongcheng Rural Commercial Bank", "371082"));
            agencies.save(new AgencyRow("RC-COURT", "荣成市人民法院", "Rongcheng People's Court", "371082"));
            return null;
        });
        importer = new FeedImporter(db, SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(), CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path csv(String name, String body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, body, StandardCharsets.UTF_8);
        return f;
    }

    long count(String sql) {
        return db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void a_clean_ledger_feed_imports_every_row_and_creates_each_subject_once() throws IOException {
        ImportReport r = importer.importFile(csv("ok.csv", HEADER + "\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
                + "B-2,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-01,-10,2026-04-01\n"), ImportMode.ALL_OR_NOTHING);
        assertThat(r.problems()).isEmpty();
        assertThat(r.committed()).isTrue();
        assertThat(r.ledgerImported()).isEqualTo(2);
        assertThat(r.subjectsCreated()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ledger_event")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM subject")).isEqualTo(1);
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time() throws IOException {
        Path f = csv("twice.csv", HEADER + "\nB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n");
        importer.importFile(f, ImportMode.ALL_OR_NOTHING);
        long before = count("SELECT count(*) FROM ledger_event");
        ImportReport again = importer.importFile(f, ImportMode.ALL_OR_NOTHING);
        assertThat(again.problems()).isEmpty();
        assertThat(again.ledgerImported()).isZero();
        assertThat(again.ledgerUnchanged()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ledger_event")).isEqualTo(before);
    }

    @Test
    void a_reference_resent_with_different_content_is_refused() throws IOException {
        importer.importFile(csv("a.csv", HEADER + "\nB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"),
                ImportMode.ALL_OR_NOTHING);
        ImportReport r = importer.importFile(csv("b.csv", HEADER
                + "\nB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-09\n"), ImportMode.ALL_OR_NOTHING);
        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p ->
                assertThat(p.describe()).contains("b.csv line 2").contains("'reference'").contains("different content"));
    }

    @Test
    void one_bad_field_anywhere_means_the_file_imports_nothing_and_every_bad_field_is_named() throws IOException {
        ImportReport r = importer.importFile(csv("bad.csv", HEADER + "\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
                + "B-2,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-500,2026-02-30\n"
                + "B-3,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-NOPE-99,-5,2026-03-02\n"), ImportMode.ALL_OR_NOTHING);
        assertThat(r.committed()).isFalse();
        assertThat(count("SELECT count(*) FROM ledger_event")).isZero();
        assertThat(count("SELECT count(*) FROM subject")).isZero();
        assertThat(r.problems()).extracting(FeedProblem::describe)
                .anySatisfy(d -> assertThat(d).contains("line 3").contains("'imposed_on'").contains("2026-02-30 is not a date"))
                .anySatisfy(d -> assertThat(d).contains("line 3").contains("'points'").contains("-500"))
                .anySatisfy(d -> assertThat(d).contains("line 4").contains("'rule'").contains("unknown rule 'RC-NOPE-99'"));
    }

    @Test
    void points_outside_the_rules_range_are_refused_with_the_range() throws IOException {
        ImportReport r = importer.importFile(csv("pts.csv", HEADER
                + "\nB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-ADM-01,-45,2026-03-02\n"), ImportMode.ALL_OR_NOTHING);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("points");
            assertThat(p.message()).contains("-45").contains("RC-ADM-01");
        });
    }

    @Test
    void the_rule_version_in_force_on_the_day_imposed_decides_the_allowed_points() throws IOException {
        // RC-FIN-01 was -5 until 2021-12-31 and -10 from 2022.
        ImportReport old = importer.importFile(csv("v1.csv", HEADER
                + "\nB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-01,-10,2021-06-01\n"), ImportMode.DRY_RUN);
        ImportReport current = importer.importFile(csv("v2.csv", HEADER
                + "\nB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-01,-10,2022-06-01\n"), ImportMode.DRY_RUN);
        assertThat(old.hasErrors()).isTrue();
        assertThat(current.hasErrors()).isFalse();
    }

    @Test
    void duplicate_records_in_one_file_are_refused() throws IOException {
        String row = "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n";
        ImportReport r = importer.importFile(csv("dup.csv", HEADER + "\n" + row + row), ImportMode.ALL_OR_NOTHING);
        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 3");
            assertThat(p.message()).contains("appears twice");
        });
    }

    @Test
    void a_dry_run_reports_what_would_happen_and_writes_nothing() throws IOException {
        ImportReport r = importer.importFile(csv("dry.csv", HEADER
                + "\nB-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"), ImportMode.DRY_RUN);
        assertThat(r.ledgerImported()).isEqualTo(1);
        assertThat(r.committed()).isFalse();
        assertThat(count("SELECT count(*) FROM ledger_event")).isZero();
    }

    @Test
    void quarantine_imports_the_good_rows_and_writes_the_bad_ones_beside_the_file_escaped() throws IOException {
        Path f = csv("q.csv", HEADER + "\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
                + "B-2,RC-BANK," + ZHANG + ",=CMD(),RONGCHENG_POINTS,RC-FIN-03,-20,2026-13-02\n");
        ImportReport r = importer.importFile(f, ImportMode.QUARANTINE);
        assertThat(r.committed()).isTrue();
        assertThat(r.ledgerImported()).isEqualTo(1);
        assertThat(r.quarantined()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ledger_event")).isEqualTo(1);
        Path q = r.quarantineFile();
        assertThat(q.getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(q.getFileName().toString()).matches("q\\.csv\\.quarantine-[0-9a-f]{16}\\.csv");
        assertThat(java.nio.file.Files.getPosixFilePermissions(q))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String written = Files.readString(q);
        assertThat(written).contains("line 3").contains("imposed_on").contains("'=CMD()").doesNotContain(",=CMD()");
    }

    @Test
    void a_quarantine_file_has_a_name_nobody_can_guess_and_never_writes_through_a_planted_link() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "untouched");
        // What an attacker with the same folder would plant at the name earlier versions wrote to.
        Files.createSymbolicLink(dir.resolve("p.csv.quarantine.csv"), victim);
        String body = HEADER + "\n" + "B-9,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-13-02\n";

        Path first = importer.importFile(csv("p.csv", body), ImportMode.QUARANTINE).quarantineFile();
        Path second = importer.importFile(csv("p.csv", body), ImportMode.QUARANTINE).quarantineFile();

        assertThat(first).isNotEqualTo(second).isNotEqualTo(dir.resolve("p.csv.quarantine.csv"));
        assertThat(Files.isSymbolicLink(first)).isFalse();
        assertThat(Files.readString(first)).contains("imposed_on");
        assertThat(victim).hasContent("untouched");
        assertThat(java.nio.file.Files.getPosixFilePermissions(second))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void a_checksum_mismatch_imports_with_a_warning_and_an_override_reason_silences_it() throws IOException {
        String wrong = "110105194912310021";
        ImportReport warned = importer.importFile(csv("w.csv", HEADER
                + "\nB-1,RC-BANK," + wrong + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"), ImportMode.ALL_OR_NOTHING);
        assertThat(warned.committed()).isTrue();
        assertThat(warned.warningCount()).isEqualTo(1);
        assertThat(warned.problems().getFirst().message()).contains("check character");
        assertThat(count("SELECT count(*) FROM subject WHERE id_verdict = 'CHECKSUM_MISMATCH'")).isEqualTo(1);
    }

    @Test
    void a_format_error_in_an_identifier_blocks_the_record() throws IOException {
        ImportReport r = importer.importFile(csv("f.csv", HEADER
                + "\nB-1,RC-BANK,1101051949123,张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"), ImportMode.ALL_OR_NOTHING);
        assertThat(r.committed()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("subject_id"));
    }

    @Test
    void a_reversed_deduction_cannot_come_back_through_a_later_import() throws IOException {
        String header = HEADER + ",kind,target_reference";
        importer.importFile(csv("1.csv", header + "\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02,DEDUCTION,\n"
                + "B-1R,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,20,2026-05-02,REVERSAL,B-1\n"),
                ImportMode.ALL_OR_NOTHING);
        ImportReport again = importer.importFile(csv("2.csv", header + "\n"
                + "B-9,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02,DEDUCTION,\n"),
                ImportMode.ALL_OR_NOTHING);
        assertThat(again.committed()).isFalse();
        assertThat(again.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("B-9"));
    }

    @Test
    void an_appeal_feed_creates_received_cases_with_deadlines_and_priority() throws IOException {
        importer.importFile(csv("l.csv", HEADER + "\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"), ImportMode.ALL_OR_NOTHING);
        ImportReport r = importer.importFile(csv("a.csv",
                "reference,agency,subject_id,subject_name,disputed,grounds,statement,received_on\n"
                        + "AP-1,RC-BANK," + ZHANG + ",张三,B-1,FACTS_WRONG;already-rectified,\"我已于三月还清欠款，\n请撤销扣分。\",2026-09-30\n"),
                ImportMode.ALL_OR_NOTHING);
        assertThat(r.problems()).isEmpty();
        assertThat(r.appealsImported()).isEqualTo(1);
        var row = db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT case_no, status, deadline_on, ack_deadline_on, priority, grounds FROM appeal_case")) {
                rs.next();
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)};
            }
        });
        assertThat(row[0]).as("no numbers leased yet: a provisional number the hub will replace")
                .matches("RD-2026-P-[0-9A-F]{8}");
        assertThat(row[1]).isEqualTo("RECEIVED");
        // 30 Sep 2026, then National Day (1-7 Oct) and the make-up Saturday 10 Oct: 3 working days -> 10 Oct.
        assertThat(row[3]).isEqualTo("2026-10-10");
        assertThat(row[4]).isEqualTo(Priority.NORMAL.name());
        assertThat(row[5]).contains("FACTS_WRONG").contains("ALREADY_RECTIFIED");
        ImportReport again = importer.importFile(dir.resolve("a.csv"), ImportMode.ALL_OR_NOTHING);
        assertThat(again.appealsUnchanged()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM appeal_case")).isEqualTo(1);
    }

    @Test
    void an_imported_case_takes_the_next_leased_number_and_its_creation_is_the_next_outbox_intent() throws IOException {
        db.writeAndWait(c -> new NumberSeries(c).addLease(NumberSeries.Kind.CASE, "RD", 2026, 401, 500, CLOCK.instant()));
        importer.importFile(csv("l.csv", HEADER + "\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"
                + "B-2,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-01,-10,2026-04-01\n"), ImportMode.ALL_OR_NOTHING);
        ImportReport r = importer.importFile(csv("a.csv",
                "reference,agency,subject_id,subject_name,disputed,grounds,statement,received_on\n"
                        + "AP-1,RC-BANK," + ZHANG + ",张三,B-1,FACTS_WRONG,请撤销扣分。,2026-09-30\n"
                        + "AP-2,RC-BANK," + ZHANG + ",张三,B-2,FACTS_WRONG,请撤销。,2026-10-08\n"),
                ImportMode.ALL_OR_NOTHING);
        assertThat(r.appealsImported()).isEqualTo(2);
        java.util.List<String> created = db.read(c -> {
            var list = new java.util.ArrayList<String>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT c.case_no || ' ' || o.kind || ' ' || (o.entity_id = c.case_uuid) FROM appeal_case c "
                            + "JOIN outbox o ON o.entity_id = c.case_uuid ORDER BY o.seq")) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
            return list;
        });
        assertThat(created).containsExactly("RD-2026-000401 case.create 1", "RD-2026-000402 case.create 1");
        String payload = db.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT payload FROM outbox ORDER BY seq LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(payload).contains("\"caseNo\":\"RD-2026-000401\"").contains("\"identifier\":\"" + ZHANG + "\"")
                .contains("\"reference\":\"B-1\"").contains("\"receivedOn\":\"2026-09-30\"")
                .contains("\"channel\":\"IMPORT\"").contains("\"intake\":{\"agency\":\"RC-BANK\",\"reference\":\"AP-1\"");
        long left = db.read(c -> new NumberSeries(c).remaining(NumberSeries.Kind.CASE, "RD", 2026));
        assertThat(left).isEqualTo(98);
    }

    @Test
    void an_appeal_against_an_unknown_entry_is_refused() throws IOException {
        importer.importFile(csv("l.csv", HEADER + "\n"
                + "B-1,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n"), ImportMode.ALL_OR_NOTHING);
        ImportReport r = importer.importFile(csv("a.csv",
                "reference,agency,subject_id,subject_name,disputed,grounds,statement,received_on\n"
                        + "AP-1,RC-BANK," + ZHANG + ",张三,B-404,NOT_ME,不是我,2026-09-30\n"), ImportMode.ALL_OR_NOTHING);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("disputed");
            assertThat(p.message()).contains("B-404");
        });
    }

    @Test
    void a_json_feed_imports_ledger_and_appeals_in_one_go() throws IOException {
        Path f = dir.resolve("feed.json");
        Files.writeString(f, """
                {"ledgerEvents": [
                   {"reference": "J-1", "agency": "RC-COURT", "subject_id": "%s", "subject_name": "张三",
                    "scheme": "RONGCHENG_POINTS", "rule": "RC-JUD-01", "points": -50, "imposed_on": "2026-06-01"}],
                 "appeals": [
                   {"reference": "JA-1", "agency": "RC-COURT", "subject_id": "%s", "subject_name": "张三",
                    "disputed": ["J-1"], "grounds": ["PROCEDURE_NOT_FOLLOWED"], "statement": "No hearing was held.",
                    "received_on": "2026-11-02"}]}
                """.formatted(ZHANG, ZHANG));
        ImportReport r = importer.importFile(f, ImportMode.ALL_OR_NOTHING);
        assertThat(r.problems()).isEmpty();
        assertThat(r.ledgerImported()).isEqualTo(1);
        assertThat(r.appealsImported()).isEqualTo(1);
    }

    @Test
    void one_run_names_every_problem_of_a_file_with_bad_bytes_and_imports_nothing() throws IOException {
        Path f = dir.resolve("mixed.csv");
        Files.write(f, FeedReadingTest.bytes(HEADER + "\nB-1,RC-BANK," + ZHANG + ",", FeedReadingTest.GBK_ZHANG_SAN,
                ",RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n",
                "B-2,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-02-30\n",
                "B-3,RC-BANK\n",
                "B-4,RC-BANK," + ZHANG + ",Zhang", new byte[] {(byte) 0xFF}, ",RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-04\n",
                "B-5,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-05\n"));

        ImportReport r = importer.importFile(f, ImportMode.ALL_OR_NOTHING);

        assertThat(r.committed()).isFalse();
        assertThat(count("SELECT count(*) FROM ledger_event")).isZero();
        assertThat(count("SELECT count(*) FROM subject")).isZero();
        assertThat(r.problems()).extracting(p -> p.where().position() + " " + p.field()).containsExactly(
                "line 2 subject_name", "line 3 imposed_on", "line 4 null", "line 5 subject_name");
        assertThat(r.problems().get(0).message()).contains("D5 C5 C8 FD");
        assertThat(r.problems().get(3).message()).contains("FF");
    }

    @Test
    void quarantine_keeps_the_good_rows_of_a_file_with_bad_bytes_and_sets_the_bad_ones_aside() throws IOException {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, FeedReadingTest.bytes(HEADER + "\nB-1,RC-BANK," + ZHANG + ",", FeedReadingTest.GBK_ZHANG_SAN,
                ",RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-02\n",
                "B-5,RC-BANK," + ZHANG + ",张三,RONGCHENG_POINTS,RC-FIN-03,-20,2026-03-05\n"));

        ImportReport r = importer.importFile(f, ImportMode.QUARANTINE);

        assertThat(r.ledgerImported()).isEqualTo(1);
        assertThat(r.quarantined()).isEqualTo(1);
        assertThat(Files.readString(r.quarantineFile())).contains("line 2", "D5 C5 C8 FD");
    }
}
