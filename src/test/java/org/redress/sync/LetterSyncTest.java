package org.redress.sync;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.letters.IssuedLetter;
import org.redress.letters.IssuedLetters;
import org.redress.letters.LetterIssuer;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterPress;
import org.redress.letters.LetterVerdict;
import org.redress.letters.LetterVerifier;
import org.redress.letters.VerificationReport;
import org.redress.store.NumberSeries;
import org.redress.sync.protocol.ReasonCodes;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Letters as synced mutations, on real workspaces and a real hub: letters two workstations issue
 * offline carry distinct references from their own leased blocks, the hub holds every letter of
 * the office and moves the case to LETTER_ISSUED, a letter checked on the other workstation after a
 * sync is GENUINE, a re-issue on another workstation supersedes it everywhere, and a reference
 * leased to another workstation is refused in words.
 */
class LetterSyncTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.shared();
    }

    @Test
    void letters_reach_the_hub_and_the_other_workstation_which_finds_them_genuine_and_follows_their_supersession()
            throws Exception {
        var a = bed.station("wang.fang", CLOCK);
        var b = bed.station("li.qiang", CLOCK);
        assertThat(a.sync().error()).isNull();
        assertThat(b.sync().error()).isNull();
        List<String> decided = decidedCases(a, 2);

        // Offline, each issues a letter for a different case.
        IssuedLetter first = issue(a, decided.get(0));
        IssuedLetter second = issue(b, decided.get(1));
        assertThat(first.referenceNo()).matches("RD-L-\\d{4}-\\d{6}").isNotEqualTo(second.referenceNo());

        for (int round = 0; round < 2; round++) {
            assertThat(a.sync().error()).isNull();
            assertThat(b.sync().error()).isNull();
        }
        assertThat(a.outbox()).noneMatch(r -> r.state() == OutboxState.REJECTED || r.state() == OutboxState.PENDING);
        assertThat(b.outbox()).noneMatch(r -> r.state() == OutboxState.REJECTED || r.state() == OutboxState.PENDING);

        // The hub knows both letters, and both cases have their letter.
        assertThat(hubText("SELECT string_agg(reference_no, ',' ORDER BY reference_no) FROM hub_letter WHERE reference_no IN ('"
                + first.referenceNo() + "', '" + second.referenceNo() + "')"))
                .isEqualTo(String.join(",", sorted(first.referenceNo(), second.referenceNo())));
        assertThat(hubText("SELECT status FROM hub_case WHERE case_no = '" + decided.get(0) + "'")).isEqualTo("LETTER_ISSUED");
        assertThat(hubText("SELECT status FROM hub_case WHERE case_no = '" + decided.get(1) + "'")).isEqualTo("LETTER_ISSUED");

        // On the other workstation the letter reads GENUINE, and the case is LETTER_ISSUED there too.
        byte[] firstBytes = Files.readAllBytes(first.file());
        VerificationReport onB = new LetterVerifier(b.database()).verify(firstBytes);
        assertThat(onB.verdict()).as(String.join("\n", onB.findings())).isEqualTo(LetterVerdict.GENUINE);
        assertThat(onB.reference()).isEqualTo(first.referenceNo());
        assertThat(status(b, decided.get(0))).isEqualTo("LETTER_ISSUED");
        // The pulled letter is vouched for in B's audit chain, and its file is not expected on B.
        org.redress.audit.VerificationReport audit = b.database().read(c -> new org.redress.audit.AuditVerifier(
                new org.redress.store.Workspace(b.root())).verify(c, null));
        assertThat(audit.breaks()).filteredOn(br -> br.area() != org.redress.audit.IntegrityBreak.Area.EVIDENCE).isEmpty();
        VerificationReport onA = new LetterVerifier(a.database()).verify(Files.readAllBytes(second.file()));
        assertThat(onA.verdict()).as(String.join("\n", onA.findings())).isEqualTo(LetterVerdict.GENUINE);

        // B re-issues A's letter: it supersedes the letter A issued, at the hub and on A after a sync.
        IssuedLetter reissued = issue(b, decided.get(0));
        assertThat(reissued.supersedesId()).isNotNull();
        assertThat(b.sync().error()).isNull();
        assertThat(a.sync().error()).isNull();
        assertThat(hubText("SELECT n.reference_no FROM hub_letter l JOIN hub_letter n ON n.id = l.superseded_by"
                + " WHERE l.reference_no = '" + first.referenceNo() + "'")).isEqualTo(reissued.referenceNo());
        VerificationReport old = new LetterVerifier(a.database()).verify(firstBytes);
        assertThat(old.verdict()).isEqualTo(LetterVerdict.GENUINE);
        assertThat(old.currentReference()).isEqualTo(reissued.referenceNo());
        assertThat(String.join("\n", old.findings())).contains("superseded").contains(reissued.referenceNo());
        long caseOnA = SyncImports.localCaseId(a, caseUuid(a, decided.get(0)));
        java.util.Optional<IssuedLetter> current = a.database().read(c -> new IssuedLetters(c, a.database().workspace())
                .current(caseOnA));
        assertThat(current.map(IssuedLetter::referenceNo)).contains(reissued.referenceNo());
        // A's current letters: the re-issue states the case's decision, so the batch leaves the case alone there too.
        java.util.Map<String, String> currentLetters = a.database().read(c -> new IssuedLetters(c,
                a.database().workspace()).currentLetters());
        assertThat(currentLetters).containsEntry(decided.get(0), reissued.referenceNo());
        a.close();
        b.close();
    }

    @Test
    void a_letter_under_a_reference_leased_to_another_workstation_is_refused_in_words() throws Exception {
        var a = bed.station("zhang.min", CLOCK);
        var b = bed.station("wu.haitao", CLOCK);
        assertThat(a.sync().error()).isNull();
        assertThat(b.sync().error()).isNull();
        String caseNo = decidedCases(b, 3).getLast();
        // B takes A's block of letter references as its own (a copied workspace, a hand-edited one).
        int year = Instant.now().atZone(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        NumberSeries.Lease aLease = a.database().read(c -> new NumberSeries(c).leases()).stream()
                .filter(l -> l.kind() == NumberSeries.Kind.LETTER && l.year() == year).findFirst().orElseThrow();
        b.database().writeAndWait(c -> {
            NumberSeries numbers = new NumberSeries(c);
            numbers.forgetLeases();
            numbers.addLease(NumberSeries.Kind.LETTER, aLease.prefix(), year, aLease.first(), aLease.last(), Instant.now());
            return null;
        });
        IssuedLetter forged = issue(b, caseNo);
        assertThat(b.sync().error()).isNull();
        OutboxRow row = b.outbox().stream().filter(r -> r.kind().equals("letter.issue")).reduce((x, y) -> y).orElseThrow();
        assertThat(row.state()).isEqualTo(OutboxState.REJECTED);
        assertThat(row.reason()).contains(forged.referenceNo()).contains("leased to another workstation");
        assertThat(resultCode(b, row.seq())).isEqualTo(ReasonCodes.LETTER_REFERENCE_NOT_LEASED);
        assertThat(hubText("SELECT count(*)::text FROM hub_letter WHERE reference_no = '" + forged.referenceNo() + "'"))
                .isEqualTo("0");
        a.close();
        b.close();
    }

    private static IssuedLetter issue(SyncTestbed.Station s, String caseNo) {
        long officer = s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM officer WHERE username = ?")) {
                ps.setString(1, s.username());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new LetterIssuer(s.database(), SchemeCatalog.loadDefault(), CalendarCatalog.fromClasspath(), CLOCK)
                .issue(caseNo, LetterLanguage.ZH, LetterPress.create(), null, officer);
    }

    /** The decided cases of the station, oldest first (the first test takes the first two, the second the last). */
    private static synchronized List<String> decidedCases(SyncTestbed.Station s, int count) {
        List<String> all = s.database().read(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT case_no FROM appeal_case WHERE status = 'DECIDED' ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        assertThat(all).as("decided cases in the demo template").hasSizeGreaterThanOrEqualTo(count);
        return all;
    }

    private static String caseUuid(SyncTestbed.Station s, String caseNo) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT case_uuid FROM appeal_case WHERE case_no = ?")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static String status(SyncTestbed.Station s, String caseNo) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM appeal_case WHERE case_no = ?")) {
                ps.setString(1, caseNo);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static String resultCode(SyncTestbed.Station s, long seq) {
        return s.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT json_extract(result, '$.code') FROM outbox WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static String hubText(String sql) {
        try (Connection c = bed.hubConnection(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sorted(String... values) {
        return java.util.Arrays.stream(values).sorted().toList();
    }
}
