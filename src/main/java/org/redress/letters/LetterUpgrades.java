package org.redress.letters;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.jspecify.annotations.Nullable;
import org.redress.letters.sign.DocumentTimeStamps;
import org.redress.letters.sign.OfficeServices;
import org.redress.letters.sign.ValidationData;
import org.redress.store.Database;
import org.redress.store.LocalChange;
import org.redress.vault.SealedFileException;
import org.redress.vault.SealedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Raises letters signed offline (issue 16, item 3): a letter signed at PAdES B-B when the hub could
 * not be reached gets, on the next sync, a document time-stamp from the office's TSA (B-T: the
 * signature existed then) and the validation data (the signature's and the TSA's certificates, the
 * office CA's CRL) in the DSS (B-LT), both appended as incremental updates, so the signed revision —
 * the letter as issued, byte for byte — stays the file's first part. A letter time-stamped at issue
 * whose CRL could not be fetched (B-T) gets the DSS alone. The stored file is replaced atomically
 * (written beside, forced to disk, renamed; sealed when the workspace is), then its new hash goes
 * into {@code letter_upgrade} with a {@code letter.upgrade} audit event; {@code issued_letter}
 * keeps what was issued. A file replaced whose row a crash lost is recognised on the next run
 * (its first revision is the letter as issued) and recorded. Unsigned letters are left alone;
 * each signed letter is looked at once.
 */
public final class LetterUpgrades {

    private static final Logger LOG = LoggerFactory.getLogger(LetterUpgrades.class);
    public static final String EVENT = "letter.upgrade";

    /** What a run did: letters raised, letters that needed nothing, letters left for a later run. */
    public record Result(int upgraded, int unchanged, int left) {
    }

    private record Candidate(long id, String referenceNo, String sha256, Path file) {
    }

    private final Database database;
    private final Clock clock;

    public LetterUpgrades(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Raises every signed letter of this workspace still at B-B (or B-T). Stops at the first letter
     * the office cannot serve (offline): the rest wait for the next sync. Never throws for one letter.
     */
    public Result run(OfficeServices office) {
        List<Candidate> candidates = database.read(this::candidates);
        int upgraded = 0;
        int unchanged = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate letter = candidates.get(i);
            try {
                if (upgrade(letter, office)) {
                    upgraded++;
                } else {
                    unchanged++;
                }
            } catch (IOException | UncheckedIOException e) {
                // The hub stopped answering, or the workspace is locked: the rest wait for the next sync.
                LOG.info("event=letters.upgrade outcome=deferred letters={} error={}", candidates.size() - i,
                        e.getClass().getSimpleName());
                return new Result(upgraded, unchanged, candidates.size() - i);
            } catch (RuntimeException e) {
                LOG.warn("event=letters.upgrade outcome=failed letterId={} error={}", letter.id(),
                        e.getClass().getSimpleName());
            }
        }
        if (upgraded > 0) {
            LOG.info("event=letters.upgrade outcome=done upgraded={} unchanged={}", upgraded, unchanged);
        }
        return new Result(upgraded, unchanged, 0);
    }

    /** True when the file was raised; false when it needed nothing (or is not the letter issued: left to verify). */
    private boolean upgrade(Candidate letter, OfficeServices office) throws IOException {
        SealedFiles files = SealedFiles.of(database);
        byte[] bytes;
        try {
            bytes = files.read(letter.file());
        } catch (SealedFileException locked) {
            throw new IOException(locked.getMessage(), locked);
        }
        Levels held = Levels.of(bytes);
        if (!DecisionRecord.sha256(bytes).equals(letter.sha256())) {
            if (held.issuedPrefixSha256() != null && held.issuedPrefixSha256().equals(letter.sha256())
                    && held.level() != LetterSigner.Level.B_B) {
                // Replaced by an earlier run whose row was lost in a crash: recorded now.
                record(letter, LetterSigner.Level.B_B, held.level(), DecisionRecord.sha256(bytes));
                return true;
            }
            LOG.warn("event=letters.upgrade outcome=skipped letterId={} reason=file_not_as_issued", letter.id());
            return false;
        }
        if (held.level() == LetterSigner.Level.B_LT) {
            record(letter, held.level(), held.level(), letter.sha256());
            return false;
        }
        byte[] raised = bytes;
        List<X509Certificate> certificates = new ArrayList<>(held.certificates());
        if (held.level() == LetterSigner.Level.B_B) {
            DocumentTimeStamps.Stamped stamped = DocumentTimeStamps.add(raised, office);
            raised = stamped.pdf();
            certificates.addAll(stamped.tsaCertificates());
        }
        raised = ValidationData.add(raised, certificates, List.of(office.crl()));
        files.write(letter.file(), raised);
        record(letter, held.level(), LetterSigner.Level.B_LT, DecisionRecord.sha256(raised));
        return true;
    }

    private void record(Candidate letter, LetterSigner.Level before, LetterSigner.Level after, String sha256) {
        Instant now = clock.instant();
        database.writeAndWait(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO letter_upgrade (letter_id, level_before, level, sha256, upgraded_at) VALUES (?, ?, ?, ?, ?)""")) {
                ps.setLong(1, letter.id());
                ps.setString(2, before.name());
                ps.setString(3, after.name());
                ps.setString(4, sha256);
                ps.setString(5, now.toString());
                ps.executeUpdate();
            }
            if (before != after) {
                // The audit chain vouches for the file's new hash, as letter.issue did for the first.
                var payload = JsonNodeFactory.instance.objectNode().put("letterId", letter.id())
                        .put("referenceNo", letter.referenceNo()).put("sha256", sha256).put("level", after.name());
                database.journal().record(c, new LocalChange(EVENT, "letter", letter.referenceNo(), null, 0, payload, now));
            }
            return null;
        });
    }

    private List<Candidate> candidates(Connection c) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.id, l.reference_no, l.sha256, l.file_path FROM issued_letter l
                WHERE l.signed = 1 AND l.file_path <> ''
                  AND NOT EXISTS (SELECT 1 FROM letter_upgrade u WHERE u.letter_id = l.id)
                ORDER BY l.id""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        database.workspace().root().resolve(rs.getString(4)).normalize()));
            }
        }
        return out;
    }

    /**
     * The level a signed letter reached: a signature time-stamp or a document time-stamp (T), and
     * the DSS besides (LT); the signature's certificates; and the SHA-256 of the revision the first
     * signature covers (the letter as issued, when it was signed at issue).
     */
    record Levels(LetterSigner.Level level, List<X509Certificate> certificates, @Nullable String issuedPrefixSha256) {

        static Levels of(byte[] pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                boolean stamped = false;
                List<X509Certificate> certificates = new ArrayList<>();
                String prefix = null;
                for (PDSignature signature : document.getSignatureDictionaries()) {
                    if (COSName.DOC_TIME_STAMP.getName().equals(signature.getCOSObject().getNameAsString(COSName.TYPE))) {
                        stamped = true;
                        continue;
                    }
                    int[] range = signature.getByteRange();
                    if (prefix == null && range != null && range.length == 4 && (long) range[2] + range[3] <= pdf.length) {
                        prefix = DecisionRecord.sha256(Arrays.copyOf(pdf, range[2] + range[3]));
                    }
                    CMSSignedData cms = cms(signature.getContents(pdf));
                    for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                        stamped |= signer.getUnsignedAttributes() != null && signer.getUnsignedAttributes()
                                .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken) != null;
                    }
                    for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
                        certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                    }
                }
                boolean dss = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("DSS")) != null;
                LetterSigner.Level level = !stamped ? LetterSigner.Level.B_B
                        : dss ? LetterSigner.Level.B_LT : LetterSigner.Level.B_T;
                return new Levels(level, certificates, prefix);
            } catch (GeneralSecurityException | org.bouncycastle.cms.CMSException e) {
                throw new IllegalStateException("the letter's signature cannot be read: " + e.getMessage(), e);
            }
        }

        private static CMSSignedData cms(byte[] contents) throws IOException, org.bouncycastle.cms.CMSException {
            // The /Contents string is zero-padded to its reserved size: read only the first DER object.
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                ASN1Primitive first = in.readObject();
                return new CMSSignedData(ContentInfo.getInstance(first));
            }
        }
    }
}
