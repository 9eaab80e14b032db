package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.catalog.CalendarCatalogException;
import org.redress.cli.RedressCommand;
import org.redress.cli.SignInOption;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.DeadlineClock;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.security.AccessDenied;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19, item 7: an administrator loads a year's holiday notice as a checked data file; the
 * workspace's deadlines then count it, and a file that is wrong stores nothing.
 *
 * <p>The 2027 notice below is test data shaped like the State Council's notices (its statutory days
 * follow the 2025 measures and the lunar calendar: Spring Festival eve 2027-02-05), not the real
 * 2027 notice, which the stored sources do not have.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CalendarNoticesTest {

    static final String NOTICE_2027 = """
            {
              "year": 2027,
              "source": {
                "titleZh": "国务院办公厅关于2027年部分节假日安排的通知",
                "titleEn": "Notice of the General Office of the State Council on the Arrangement of Certain Public Holidays in 2027",
                "documentNumber": "测试〔2026〕1号",
                "issuedOn": "2026-11-01"
              },
              "holidays": [
                { "nameZh": "元旦", "nameEn": "New Year's Day", "from": "2027-01-01", "to": "2027-01-03" },
                { "nameZh": "春节", "nameEn": "Spring Festival", "from": "2027-02-05", "to": "2027-02-13" },
                { "nameZh": "清明节", "nameEn": "Qingming Festival", "from": "2027-04-03", "to": "2027-04-05" },
                { "nameZh": "劳动节", "nameEn": "Labour Day", "from": "2027-05-01", "to": "2027-05-05" },
                { "nameZh": "端午节", "nameEn": "Dragon Boat Festival", "from": "2027-06-09", "to": "2027-06-09" },
                { "nameZh": "中秋节", "nameEn": "Mid-Autumn Festival", "from": "2027-09-15", "to": "2027-09-15" },
                { "nameZh": "国庆节", "nameEn": "National Day", "from": "2027-10-01", "to": "2027-10-07" }
              ],
              "makeUpWorkingDays": ["2027-02-14", "2027-02-20", "2027-04-25", "2027-09-26", "2027-10-09"]
            }
            """;

    @TempDir
    static Path files;
    static CaseworkFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    private CalendarNotices notices() {
        return new CalendarNotices(fixture.database, CaseworkFixture.clockOn(CaseworkFixture.TODAY));
    }

    private static Deadline.Due due(WorkingDayCalendar calendar, LocalDate from, int days) {
        return (Deadline.Due) new DeadlineClock(calendar).deadline(from, days, List.of());
    }

    private long rows() {
        return fixture.database.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM calendar_notice")) {
                return r.getLong(1);
            }
        });
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aLoadedNoticeIsCountedByTheWorkspacesDeadlinesAndLoadingItAgainStoresNothing() {
        // Received Friday 2027-02-12, 3 working days: weekends-plus-statutory-days only says the
        // 17th; the notice keeps the 12th as holiday and makes Sunday 14th and Saturday 20th working days.
        WorkingDayCalendar before = CalendarNotices.calendar(fixture.database);
        assertThat(before.covers(2027)).isFalse();
        Deadline.Due provisional = due(before, LocalDate.of(2027, 2, 12), 3);
        assertThat(provisional.warnings()).isNotEmpty();

        long rowsBefore = rows();
        CalendarNotices.Loaded loaded = notices().load(fixture.officer("admin"), "cn-2027.json", NOTICE_2027);
        assertThat(loaded.unchanged()).isFalse();
        assertThat(loaded.year().year()).isEqualTo(2027);
        assertThat(rows()).isEqualTo(rowsBefore + 1);

        WorkingDayCalendar after = CalendarNotices.calendar(fixture.database);
        assertThat(after.covers(2027)).isTrue();
        Deadline.Due counted = due(after, LocalDate.of(2027, 2, 12), 3);
        assertThat(counted.date()).isEqualTo(LocalDate.of(2027, 2, 16));   // Sun 14, Mon 15, Tue 16
        assertThat(counted.warnings()).isEmpty();

        assertThat(notices().load(fixture.officer("admin"), "cn-2027.json", NOTICE_2027).unchanged()).isTrue();
        assertThat(rows()).isEqualTo(rowsBefore + 1);
        long audited = fixture.database.read(c -> {
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT count(*) FROM audit_event WHERE kind = '" + CalendarNotices.NOTICE_LOAD + "'")) {
                return r.getLong(1);
            }
        });
        assertThat(audited).isEqualTo(1);
        assertThat(fixture.database.read(c -> new org.redress.audit.AuditVerifier(fixture.database.workspace())
                .verify(c, null)).intact()).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aLoadedNoticeEditedBehindTheWorkstationsBackIsNamedByVerify() throws Exception {
        Path copy = files.resolve("edited");
        try (var walk = Files.walk(fixture.folder.resolve("workspace"))) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(fixture.folder.resolve("workspace").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        try (var sql = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy.resolve(
                org.redress.store.Workspace.DATABASE_FILE)); var st = sql.createStatement()) {
            st.execute("DROP TRIGGER calendar_notice_append_only_update");
            st.executeUpdate("UPDATE calendar_notice SET content = replace(content, '2027-02-14', '2027-02-21')");
        }
        try (var db = org.redress.store.Database.open(new org.redress.store.Workspace(copy))) {
            var report = db.read(c -> new org.redress.audit.AuditVerifier(db.workspace()).verify(c, null));
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBreak().orElseThrow().toString()).contains("calendar_notice");
        }
    }

    @Test
    void aNoticeThatMissesAStatutoryDayOrAYearTheReleaseShipsIsRefusedAndStoresNothing() throws Exception {
        long rowsBefore = rows();
        String noEve = NOTICE_2027.replace("\"from\": \"2027-02-05\"", "\"from\": \"2027-02-06\"");
        assertThatThrownBy(() -> notices().load(fixture.officer("admin"), "cn-2027.json", noEve))
                .isInstanceOf(CalendarCatalogException.class)
                .hasMessageContaining("cn-2027.json")
                .hasMessageContaining("2027-02-05");
        String shipped;
        try (var in = CalendarNoticesTest.class.getClassLoader().getResourceAsStream("catalogs/calendar/cn-2026.json")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThatThrownBy(() -> notices().load(fixture.officer("admin"), "cn-2026.json", shipped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already ships");
        assertThatThrownBy(() -> notices().load(fixture.officer("admin"), "cn-2027.json", "{\"year\": 2027"))
                .isInstanceOf(CalendarCatalogException.class)
                .hasMessageContaining("cn-2027.json");
        assertThat(rows()).isEqualTo(rowsBefore);
    }

    @Test
    void onlyAnAdministratorLoadsANotice() {
        assertThatThrownBy(() -> notices().load(fixture.officer("wang.fang"), "cn-2027.json", NOTICE_2027))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theCommandLineLoadsAndShowsTheYearAndRefusesABadFileInOneLine() throws Exception {
        Path good = Files.writeString(files.resolve("cn-2027.json"), NOTICE_2027);
        Path dir = Files.createDirectories(files.resolve("bad"));
        Path bad = Files.writeString(dir.resolve("cn-2027.json"), NOTICE_2027.replace("2027-10-07", "2027-10-32"));
        String workspace = fixture.folder.resolve("workspace").toString();
        String password = fixture.account("admin").password();

        StringWriter err = new StringWriter();
        int refused = run(password, err, "calendar", "load", bad.toString(), "--workspace", workspace, "--user", "admin");
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("refused: cn-2027.json").contains("line");

        StringWriter out = new StringWriter();
        int loaded = run(password, out, "calendar", "load", good.toString(), "--workspace", workspace, "--user", "admin");
        assertThat(loaded).isZero();
        assertThat(out.toString()).contains("2027").contains("测试〔2026〕1号");

        StringWriter shown = new StringWriter();
        var line = new CommandLine(new RedressCommand());
        line.setOut(new PrintWriter(shown));
        assertThat(line.execute("calendar", "show", "--year", "2027", "--workspace", workspace)).isZero();
        assertThat(shown.toString()).contains("2027-02-14");
    }

    private static int run(String password, StringWriter sink, String... args) throws Exception {
        var line = new CommandLine(new RedressCommand());
        line.setOut(new PrintWriter(sink));
        line.setErr(new PrintWriter(sink));
        try (AutoCloseable ignored = SignInOption.environmentForTests(Map.of(SignInOption.PASSWORD_VARIABLE, password))) {
            return line.execute(args);
        }
    }
}
