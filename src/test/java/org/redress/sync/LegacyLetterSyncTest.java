package org.redress.sync;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.letters.IssuedLetter;
import org.redress.letters.LetterIssuer;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterPress;
import org.redress.letters.LetterSigner;
import org.redress.letters.LetterVerdict;
import org.redress.letters.LetterVerifier;
import org.redress.letters.VerificationReport;
import org.redress.store.NumberSeries;
import org.redress.vault.SealedFiles;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 at a real hub: a letter signed offline (B-B) is raised to B-LT by the next sync with the
 * hub's TSA and CRL; a letter issued before letters were synced (its row written with no {@code letter.issue}
 * in the outbox, as the versions before did) goes to the hub on the next sync — the hub then holds it
 * and moves its case to LETTER_ISSUED — and only once: a second sync sends nothing more.
 */
class LegacyLetterSyncTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.create(20);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void a_letter_issued_before_letters_were_synced_goes_to_the_hub_once() {
        var a = bed.station("wang.fang", CLOCK);
        assertThat(a.sync().error()).isNull();
        String caseNo = a.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT case_no FROM appeal_case WHERE status = 'DECIDED' ORDER BY id LIMIT 1")) {
                assertThat(rs.next()).as("a decided case in the demo template").isTrue();
                return rs.getString(1);
            }
        });
        // The letter as an older version recorded it: the row and no outbox intent (no journal).
        String reference = a.database().writeAndWait(c -> {
            NumberSeries numbers = new NumberSeries(c);
            NumberSeries.Lease lease = numbers.leases().stream().filter(l -> l.kind() == NumberSeries.Kind.LETTER)
                    .findFirst().orElseThrow();
            int sequence = numbers.next(NumberSeries.Kind.LETTER, lease.prefix(), lease.year()).orElseThrow();
            String ref = String.format("%s-L-%d-%06d", lease.prefix(), lease.year(), sequence);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO issued_letter (case_id, decision_id, reference_no, office_code, year, sequence, language,
                        issued_at, issued_by, sha256, record_sha256, file_path, signed, supersedes_id)
                    SELECT k.id, (SELECT max(d.id) FROM decision d WHERE d.case_id = k.id), ?, ?, ?, ?, 'ZH', ?,
                        (SELECT id FROM officer WHERE username = ?), ?, ?, ?, 0, NULL
                    FROM appeal_case k WHERE k.case_no = ?""")) {
                ps.setString(1, ref);
                ps.setString(2, lease.prefix());
                ps.setInt(3, lease.year());
                ps.setInt(4, sequence);
                ps.setString(5, Instant.now().toString());
                ps.setString(6, a.username());
                ps.setString(7, "a".repeat(64));
                ps.setString(8, "b".repeat(64));
                ps.setString(9, "letters/" + lease.year() + "/" + ref + ".pdf");
                ps.setString(10, caseNo);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            return ref;
        });
        assertThat(letterIntents(a)).isZero();

        assertThat(a.sync().error()).isNull();
        assertThat(letterIntents(a)).isEqualTo(1);
        assertThat(a.outbox()).filteredOn(r -> r.kind().equals("letter.issue"))
                .allMatch(r -> r.state() == OutboxState.ACKED, "taken by the hub");
        assertThat(bed.hubCount("SELECT count(*) FROM hub_letter WHERE reference_no = '" + reference + "'")).isEqualTo(1);
        assertThat(bed.hubCount("SELECT count(*) FROM hub_case WHERE case_no = '" + caseNo
                + "' AND status = 'LETTER_ISSUED'")).isEqualTo(1);

        // Idempotent: the next sync sends nothing more.
        assertThat(a.sync().error()).isNull();
        assertThat(letterIntents(a)).isEqualTo(1);
        assertThat(bed.hubCount("SELECT count(*) FROM hub_letter WHERE reference_no = '" + reference + "'")).isEqualTo(1);
        a.close();
    }

    @Test
    void a_letter_signed_offline_is_raised_to_b_lt_by_the_next_sync() throws Exception {
        // A decided case and the officer who decided it (only the decider's key signs its letter).
        var probe = bed.station("wang.fang", CLOCK);
        String[] found = probe.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT c.case_no, o.username FROM appeal_case c
                    JOIN decision d ON d.id = (SELECT max(x.id) FROM decision x WHERE x.case_id = c.id)
                    JOIN officer o ON o.id = d.drafter_id
                    WHERE c.status = 'DECIDED' AND o.role = 'OFFICER' ORDER BY c.id DESC LIMIT 1""")) {
                assertThat(rs.next()).as("a decided case in the demo template").isTrue();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        });
        probe.close();
        var station = bed.station(found[1], CLOCK);
        assertThat(station.sync().error()).isNull();
        // The officer's key, certified by the office CA at the hub.
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair pair = generator.generateKeyPair();
        byte[] csr = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                new org.bouncycastle.asn1.x500.X500Name("CN=" + found[1]), pair.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                        .build(pair.getPrivate())).getEncoded();
        HubOfficeServices hub = new HubOfficeServices(station.engine().hub());
        List<java.security.cert.X509Certificate> chain = hub.certify(csr);
        // Signed offline: B-B.
        LetterSigner offline = LetterSigner.forOffice(pair.getPrivate(), chain.getFirst(), chain.getLast(), null,
                Instant.now());
        long officer = station.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM officer WHERE username = ?")) {
                ps.setString(1, station.username());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        IssuedLetter letter = new LetterIssuer(station.database(), SchemeCatalog.loadDefault(),
                CalendarCatalog.fromClasspath(), CLOCK).issue(found[0], LetterLanguage.ZH, LetterPress.create(), offline,
                officer);
        SealedFiles files = SealedFiles.reading(station.database().workspace());
        byte[] asIssued = files.read(letter.file());

        assertThat(station.sync().error()).isNull();
        byte[] raised = files.read(letter.file());
        assertThat(raised.length).isGreaterThan(asIssued.length);
        assertThat(Arrays.copyOf(raised, asIssued.length)).isEqualTo(asIssued);
        VerificationReport report = new LetterVerifier(station.database()).verify(raised);
        assertThat(report.verdict()).as(String.join("\n", report.findings())).isEqualTo(LetterVerdict.GENUINE);
        assertThat(String.join("\n", report.findings())).contains("raised to PAdES B-LT").doesNotContain("does not hold");
        assertThat(new LetterVerifier(station.database()).verify(asIssued).verdict()).isEqualTo(LetterVerdict.GENUINE);
        station.close();
    }

    private static int letterIntents(SyncTestbed.Station s) {
        return s.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM outbox WHERE kind = 'letter.issue'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
