package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.redress.letters.sign.OfficeServices;
import org.redress.letters.sign.SignatureBlock;
import org.redress.letters.sign.SignerCheck;
import org.redress.letters.sign.TimeStamps;
import org.redress.letters.sign.ValidationData;

/**
 * Signs a letter for an officer (issue 16, item 3): {@code ETSI.CAdES.detached} with signed
 * attributes carrying ESS signing-certificate-v2 and no CMS signing-time (the time goes in the
 * signature dictionary), saved as an incremental update so the signed file keeps the issued PDF/A
 * bytes as its first revision. Only a key whose certificate the office CA issued signs (checked
 * when the signer is made), and only for the officer it names ({@link #requireDecider}).
 * <ul>
 * <li>With the office's hub reachable ({@link OfficeServices}): the signature gets an RFC 3161
 * time-stamp from the hub's TSA (PAdES B-T), then a second incremental update adds the DSS
 * dictionary with the certificates (officer, TSA, office CA) and the office CA's CRL (B-LT), so
 * the letter verifies without the hub, years later.</li>
 * <li>Without it: B-B, said so by {@link Signed#level()}.</li>
 * </ul>
 * The visible block ({@link SignatureBlock}) is the widget's appearance. Thread-safe.
 */
public final class LetterSigner {

    private static final int SIGNATURE_SIZE = 24_576;

    /** The PAdES baseline level a signature reached. */
    public enum Level { B_B, B_T, B_LT }

    /** The signed file and the level it reached. */
    public record Signed(byte[] pdf, Level level) {
    }

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final List<X509Certificate> chain;
    private final SignerCheck.@org.jspecify.annotations.Nullable Named named;
    private final @org.jspecify.annotations.Nullable OfficeServices office;
    private final String signerName;
    private final boolean ownDecisionsOnly;

    /** A signer with no check of its certificate, invisible and B-B: for tests of the verifier only. */
    LetterSigner(PrivateKey key, X509Certificate certificate) {
        this(key, List.of(certificate), null, null);
    }

    private LetterSigner(PrivateKey key, List<X509Certificate> chain, SignerCheck.@org.jspecify.annotations.Nullable Named named,
                         @org.jspecify.annotations.Nullable OfficeServices office) {
        this(key, chain, named, office, false);
    }

    private LetterSigner(PrivateKey key, List<X509Certificate> chain, SignerCheck.@org.jspecify.annotations.Nullable Named named,
                         @org.jspecify.annotations.Nullable OfficeServices office, boolean ownDecisionsOnly) {
        this.ownDecisionsOnly = ownDecisionsOnly;
        this.key = key;
        this.certificate = chain.getFirst();
        this.chain = List.copyOf(chain);
        this.named = named;
        this.office = office;
        this.signerName = named != null && !named.displayName().isEmpty() ? named.displayName()
                : certificate.getSubjectX500Principal().getName();
    }

    /**
     * A signer for the office: refuses (with a sentence) a certificate the office CA did not issue,
     * one not valid now, or one naming no officer. {@code office} null: B-B only (offline).
     */
    public static LetterSigner forOffice(PrivateKey key, X509Certificate certificate, X509Certificate officeCa,
                                         @org.jspecify.annotations.Nullable OfficeServices office, Instant now) {
        SignerCheck.Named named = SignerCheck.officeCertificate(certificate, officeCa, now);
        return new LetterSigner(key, List.of(certificate, officeCa), named, office);
    }

    /** The first key entry of a PKCS#12 file, checked as {@link #forOffice} does. */
    public static LetterSigner fromPkcs12(Path file, char[] password, X509Certificate officeCa,
                                          @org.jspecify.annotations.Nullable OfficeServices office, Instant now) {
        LetterSigner loaded = fromPkcs12(file, password);
        return forOffice(loaded.key, loaded.certificate, officeCa, office, now);
    }

    /** The officer the certificate names (null only for the verifier tests' unchecked signer). */
    public SignerCheck.@org.jspecify.annotations.Nullable Named named() {
        return named;
    }

    /** Refuses unless this signer's certificate names the deciding officer {@code username} of {@code officeCode}. */
    public void requireDecider(String username, String officeCode) {
        if (named == null) {
            throw new LetterException("the signing certificate was not checked against the office CA");
        }
        SignerCheck.decider(named, username, officeCode);
    }

    /**
     * This signer offered for its officer's own decisions only: a letter of another officer's decision
     * goes out unsigned rather than refused (the enrolled key signing automatically, issue 16 item 3).
     */
    public LetterSigner ownDecisionsOnly() {
        return new LetterSigner(key, chain, named, office, true);
    }

    /**
     * The signer for a letter of {@code decider}'s decision: this one when its certificate names the
     * decider of {@code officeCode}; null (unsigned) when it is offered for its own officer's decisions
     * only and names another; refused otherwise ({@link #requireDecider}).
     */
    public @org.jspecify.annotations.Nullable LetterSigner forDecision(String decider, String officeCode) {
        if (ownDecisionsOnly && named != null && !named.username().equals(decider)) {
            return null;
        }
        requireDecider(decider, officeCode);
        return this;
    }

    /** Loads the first key entry of a PKCS#12 file (unchecked). */
    static LetterSigner fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
                    return new LetterSigner(key, certificate);
                }
            }
            throw new LetterException(file.getFileName() + " holds no private key");
        } catch (IOException | GeneralSecurityException e) {
            throw new LetterException("cannot read the signing key from " + file.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PDF with an invisible incremental signature appended (B-B, or B-LT with the office's hub). */
    public byte[] sign(byte[] pdf, String reason, Instant when) {
        return sign(pdf, reason, when, null).pdf();
    }

    /**
     * The PDF signed, with {@code block} as the visible signature (null: invisible), time-stamped
     * and with validation data when the office's hub answers; B-B when it does not (offline).
     */
    public Signed sign(byte[] pdf, String reason, Instant when, @org.jspecify.annotations.Nullable SignatureBlock block) {
        TimeStamps stamps = new TimeStamps(office);
        byte[] signed = signOnce(pdf, reason, when, block, stamps);
        if (stamps.token() == null) {
            return new Signed(signed, Level.B_B);
        }
        try {
            byte[] crl = java.util.Objects.requireNonNull(office).crl();
            List<X509Certificate> certificates = new java.util.ArrayList<>(chain);
            certificates.addAll(stamps.certificates());
            return new Signed(ValidationData.add(signed, certificates, List.of(crl)), Level.B_LT);
        } catch (IOException e) {
            return new Signed(signed, Level.B_T);
        }
    }

    private byte[] signOnce(byte[] pdf, String reason, Instant when, @org.jspecify.annotations.Nullable SignatureBlock block,
                            TimeStamps stamps) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(signerName);
            signature.setReason(reason);
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(when.toEpochMilli());
            signature.setSignDate(calendar);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                if (block != null) {
                    options.setVisualSignature(new java.io.ByteArrayInputStream(
                            block.template(document.getPage(block.slot().page()).getMediaBox())));
                    options.setPage(block.slot().page());
                }
                document.addSignature(signature, content -> stamps.stamp(cms(content)), options);
                printable(document);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign the letter", e);
        }
    }

    /** PDF/A wants every annotation printable, the invisible signature widget included. */
    private static void printable(PDDocument document) {
        var form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField) {
                for (PDAnnotationWidget widget : signatureField.getWidgets()) {
                    widget.setPrinted(true);
                    widget.getCOSObject().setNeedToBeUpdated(true);
                }
            }
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                    X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                    certificate.getSerialNumber());
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash,
                    issuerSerial);
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
            // PAdES: the claimed time is the signature dictionary's M, never a CMS signing-time.
            CMSAttributeTableGenerator withoutTime = parameters ->
                    defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutTime)
                    .build(new JcaContentSignerBuilder(algorithm()).build(key), certificate));
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    private String algorithm() {
        return switch (key.getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }

    static String describe(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }

}
