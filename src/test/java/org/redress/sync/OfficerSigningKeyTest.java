package org.redress.sync;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.cli.RedressCommand;
import org.redress.cli.SignInOption;
import org.redress.store.Database;
import org.redress.store.Workspace;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3 on the command line against a real hub (PostgreSQL, the office CA, its TSA):
 * {@code redress officer enrol} certifies the officer's key; {@code letters export} signs the letters
 * of the officer's own decisions with it (B-LT while the hub answers, B-B when it does not) and
 * leaves others' unsigned; {@code hub officer-certificates revoke} stops the key before a letter
 * takes a number. One test bed of its own: revocation changes the hub.
 */
class OfficerSigningKeyTest {

    private static SyncTestbed bed;

    @BeforeAll
    static void start() {
        bed = SyncTestbed.create(30);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String password, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RedressCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        try (AutoCloseable ignored = SignInOption.environmentForTests(Map.of(SignInOption.PASSWORD_VARIABLE, password))) {
            return new Run(cli.execute(args), out.toString(), err.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run enrol(Path root, String username, String... more) {
        List<String> args = new ArrayList<>(List.of("officer", "enrol", "--workspace", root.toString(), "--user", username));
        args.addAll(List.of(more));
        return run(bed.account(username).password(), args.toArray(String[]::new));
    }

    /** A workstation signed in to the hub as {@code username}, with its blocks of letter references; closed. */
    private static Path workstation(String username) {
        var station = bed.station(username);
        if (!username.equals("admin")) { // an administrator is given no case data
            assertThat(station.sync().error()).isNull();
        }
        Path root = station.root();
        station.close();
        return root;
    }

    @Test
    void enrolCertifiesTheOfficersKeyThenSaysSoAndRenewReplacesIt() {
        Path root = workstation("wang.fang");

        Run first = enrol(root, "wang.fang");
        Run again = enrol(root, "wang.fang");
        Run renewed = enrol(root, "wang.fang", "--renew");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("enrolled: ").contains("UID=wang.fang").contains("OU=" + SyncTestbed.OFFICE)
                .contains("valid until").contains("issued by");
        assertThat(Files.exists(root.resolve("keys/signing/wang.fang.key"))).isTrue();
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("enrolled already").contains("--renew");
        assertThat(renewed.exit()).as(renewed.err()).isZero();
        assertThat(serial(renewed.out())).isNotEqualTo(serial(first.out()));
        assertThat(bed.hubCount("SELECT count(*) FROM officer_certificate k JOIN officer o ON o.id = k.officer_id"
                + " WHERE o.username = 'wang.fang'")).isEqualTo(2);
    }

    private static String serial(String out) {
        return out.substring(out.lastIndexOf("serial ") + 7).strip();
    }

    @Test
    void anAdministratorIsRefusedByTheHub() {
        Path root = workstation("admin");
        Run refused = enrol(root, "admin");
        assertThat(refused.exit()).isEqualTo(SignInOption.REFUSED);
        assertThat(refused.err()).contains("no signing certificate");
        assertThat(Files.exists(root.resolve("keys/signing/admin.key"))).isFalse();
    }

    @Test
    void aWorkspaceWithoutAHubAndAnUnreachableHubAreSaidInWords() throws Exception {
        Path lonely = bed.copyTemplate("no-hub-enrol");
        Run noHub = enrol(lonely, "li.qiang");
        Path root = workstation("li.qiang");
        pointAt(root, "http://127.0.0.1:9");
        Run offline = enrol(root, "li.qiang");

        assertThat(noHub.exit()).isEqualTo(2);
        assertThat(noHub.err()).contains("no hub");
        assertThat(offline.exit()).isEqualTo(1);
        assertThat(offline.err()).contains("could not be reached");
        assertThat(Files.exists(root.resolve("keys/signing/li.qiang.key"))).isFalse();
    }

    @Test
    void lettersOfTheOfficersOwnDecisionsAreSignedWithTheEnrolledKeyOthersGoUnsigned(@org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        Map<String, List<String>> drafted = byDrafter(bed.copyTemplate("drafters-a"));
        String officer = ranked(drafted).get(0);
        String other = drafted.keySet().stream().filter(u -> !u.equals(officer)).findFirst().orElseThrow();
        List<String> cases = List.of(drafted.get(officer).get(0), drafted.get(other).get(0), drafted.get(officer).get(1));
        Path root = workstation(officer);
        assertThat(enrol(root, officer).exit()).isZero();

        Run online = export(root, officer, out.resolve("online"), cases.get(0), cases.get(1));
        pointAt(root, "http://127.0.0.1:9");
        Run offline = export(root, officer, out.resolve("offline"), cases.get(2));

        assertThat(online.exit()).as(online.err()).isZero();
        Signature own = onlySignature(letterOf(online, cases.get(0)));
        assertThat(own.valid()).isTrue();
        assertThat(own.signer()).contains("UID=" + officer).contains("OU=" + SyncTestbed.OFFICE);
        assertThat(own.timeStamped()).as("B-T: the hub's TSA stamped the signature").isTrue();
        assertThat(own.dss()).as("B-LT: certificates and the CA's CRL in the DSS").isTrue();
        assertThat(signatures(letterOf(online, cases.get(1)))).as("another officer's decision: unsigned").isEmpty();
        assertThat(offline.exit()).as(offline.err()).isZero();
        assertThat(offline.err()).contains("PAdES B-B");
        Signature bb = onlySignature(letterOf(offline, cases.get(2)));
        assertThat(bb.valid()).isTrue();
        assertThat(bb.signer()).contains("UID=" + officer);
        assertThat(bb.timeStamped()).isFalse();
        assertThat(bb.dss()).isFalse();
    }

    @Test
    void theWorkstationsLetterDeskSignsTheOfficersOwnDecisionWithTheEnrolledKey() throws Exception {
        Map<String, List<String>> drafted = byDrafter(bed.copyTemplate("drafters-d"));
        String officer = ranked(drafted).get(0);
        String other = drafted.keySet().stream().filter(u -> !u.equals(officer)).findFirst().orElseThrow();
        var station = bed.station(officer);
        try {
            assertThat(station.sync().error()).isNull();
            var me = bed.account(officer).asOfficer();
            var keys = new org.redress.casework.SigningKeys(station.database(), java.time.Clock.systemUTC());
            keys.enrol(me, false);
            assertThat(keys.status(me).subject()).contains("UID=" + officer);
            try (var desk = new org.redress.casework.LetterDesk(station.database(), new org.redress.letters.LetterIssuer(
                    station.database(), org.redress.catalog.SchemeCatalog.loadDefault(),
                    org.redress.catalog.CalendarCatalog.fromClasspath(), java.time.Clock.systemUTC()))) {
                var own = desk.issue(drafted.get(officer).getLast(), me);
                var others = desk.issue(drafted.get(other).getFirst(), me);

                assertThat(own.signed()).isTrue();
                Signature signature = onlySignature(org.redress.vault.SealedFiles.reading(station.database().workspace())
                        .read(own.file()));
                assertThat(signature.signer()).contains("UID=" + officer);
                assertThat(signature.timeStamped()).isTrue();
                assertThat(signature.dss()).isTrue();
                assertThat(others.signed()).as("another officer's decision").isFalse();
            }
        } finally {
            station.close();
        }
    }

    @Test
    void aRevokedKeySignsNothingMoreAndNoNumberIsUsedUntilANewKeyIsEnrolled(@org.junit.jupiter.api.io.TempDir Path out)
            throws Exception {
        // Another officer than the signing test's, whose key that test relies on.
        List<String> ranked = ranked(byDrafter(bed.copyTemplate("drafters-b")));
        String officer = ranked.get(1);
        List<String> cases = byDrafter(bed.copyTemplate("drafters-c")).get(officer);
        Path root = workstation(officer);
        assertThat(enrol(root, officer).exit()).isZero();

        Run revoke = run("", "hub", "officer-certificates", "revoke", "--officer", officer, "--db", bed.databaseUrl());
        long numbersBefore = numbersUsed(root);
        Run refused = export(root, officer, out.resolve("refused"), cases.get(0));
        pointAt(root, "http://127.0.0.1:9");
        Run refusedOffline = export(root, officer, out.resolve("offline"), cases.get(0));
        long numbersAfter = numbersUsed(root);
        long lettersWhileRevoked = letterCount(root, cases.get(0));
        pointAt(root, bed.hub.baseUrl());
        Run renewed = enrol(root, officer);
        Run signedAgain = export(root, officer, out.resolve("again"), cases.get(0));

        assertThat(revoke.exit()).as(revoke.err()).isZero();
        assertThat(revoke.out()).contains("1 certificate(s) of " + officer + " revoked").contains("REVOKED");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("revoked the signing certificate of " + officer);
        assertThat(refusedOffline.exit()).as("learnt once, refused offline too").isEqualTo(1);
        assertThat(refusedOffline.err()).contains("revoked");
        assertThat(numbersAfter).as("no letter took a number").isEqualTo(numbersBefore);
        assertThat(lettersWhileRevoked).isZero();
        try (var ca = new java.io.ByteArrayInputStream(crl())) {
            var crl = (java.security.cert.X509CRL) java.security.cert.CertificateFactory.getInstance("X.509").generateCRL(ca);
            assertThat(crl.getRevokedCertificates()).isNotEmpty();
        }
        assertThat(renewed.exit()).as("a revoked key is replaced without --renew: " + renewed.err()).isZero();
        assertThat(signedAgain.exit()).as(signedAgain.err()).isZero();
        assertThat(onlySignature(letterOf(signedAgain, cases.get(0))).timeStamped()).isTrue();
    }

    private static byte[] crl() throws Exception {
        var client = new HubClient(bed.hub.baseUrl(), () -> null, new HubTrust(bed.hub.fingerprint()));
        return client.getBytes(org.redress.sync.protocol.Endpoints.CA_CRL, "fetch the CRL");
    }

    private static Run export(Path root, String username, Path out, String... cases) {
        List<String> args = new ArrayList<>(List.of("letters", "export", "--workspace", root.toString(), "--user", username,
                "--out", out.toString(), "--lang", "zh"));
        for (String caseNo : cases) {
            args.add("--case");
            args.add(caseNo);
        }
        return run(bed.account(username).password(), args.toArray(String[]::new));
    }

    private static byte[] letterOf(Run run, String caseNo) throws Exception {
        for (String line : run.out().split("\n")) {
            if (line.contains("  " + caseNo + "  ")) {
                String[] fields = line.strip().split("  ");
                return Files.readAllBytes(Path.of(fields[fields.length - 1]));
            }
        }
        throw new AssertionError("no letter of " + caseNo + " in:\n" + run.out() + run.err());
    }

    private static void pointAt(Path root, String url) throws Exception {
        try (Database db = Database.open(new Workspace(root))) {
            db.writeAndWait(c -> {
                new SyncMetaTable(c).setHubUrl(url);
                return null;
            });
        }
    }

    /** The decided cases without a letter, by the officer who drafted their decision (at least two each). */
    private static Map<String, List<String>> byDrafter(Path root) {
        try (Database db = Database.open(new Workspace(root))) {
            return db.read(c -> {
                Map<String, List<String>> found = new java.util.TreeMap<>();
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("""
                        SELECT c.case_no, o.username FROM appeal_case c
                        JOIN decision d ON d.id = (SELECT max(id) FROM decision WHERE case_id = c.id)
                        JOIN officer o ON o.id = d.drafter_id
                        WHERE c.status = 'DECIDED' AND NOT EXISTS (SELECT 1 FROM issued_letter l WHERE l.case_id = c.id)
                        AND o.role IN ('OFFICER', 'SUPERVISOR') ORDER BY c.id""")) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
                    }
                }
                return found;
            });
        }
    }

    /** The drafters, most decided cases first (ties by name); the first has two or more. */
    private static List<String> ranked(Map<String, List<String>> drafted) {
        List<String> ranked = drafted.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        assertThat(ranked).as("two officers with decided cases: " + drafted).hasSizeGreaterThanOrEqualTo(2);
        assertThat(drafted.get(ranked.getFirst())).as("one with two: " + drafted).hasSizeGreaterThanOrEqualTo(2);
        return ranked;
    }

    private static long numbersUsed(Path root) {
        try (Database db = Database.open(new Workspace(root))) {
            return db.read(c -> {
                try (var st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT coalesce(sum(next - first), 0) FROM number_lease WHERE kind = 'LETTER'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    private static long letterCount(Path root, String caseNo) {
        try (Database db = Database.open(new Workspace(root))) {
            return db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM issued_letter l JOIN appeal_case c"
                        + " ON c.id = l.case_id WHERE c.case_no = ?")) {
                    ps.setString(1, caseNo);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        }
    }

    /** One signature of a letter, read with PDFBox and checked with BouncyCastle over its byte range. */
    record Signature(boolean valid, String signer, boolean timeStamped, boolean dss) {
    }

    static Signature onlySignature(byte[] pdf) throws Exception {
        List<Signature> found = signatures(pdf);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    static List<Signature> signatures(byte[] pdf) throws Exception {
        List<Signature> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean dss = document.getDocumentCatalog().getCOSObject().getDictionaryObject("DSS") != null;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
                byte[] contents;
                try (ASN1InputStream der = new ASN1InputStream(new ByteArrayInputStream(signature.getContents(pdf)))) {
                    contents = der.readObject().getEncoded();
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), contents);
                SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
                        .iterator().next();
                boolean valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
                boolean stamped = info.getUnsignedAttributes() != null
                        && info.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
                found.add(new Signature(valid, certificate.getSubject().toString(), stamped, dss));
            }
        }
        return found;
    }
}
