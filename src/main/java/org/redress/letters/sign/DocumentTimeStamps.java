package org.redress.letters.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends a document time-stamp (ISO 32000-2 §12.8.5, PAdES: {@code /Type /DocTimeStamp},
 * {@code ETSI.RFC3161}) from the office's TSA as an incremental update: an invisible signature
 * field whose value is the TSA's token over the bytes before it. A letter signed offline at B-B is
 * raised this way on a later sync, since a signature time-stamp cannot be added without re-signing.
 */
public final class DocumentTimeStamps {

    private static final int TOKEN_SIZE = 12_288;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The stamped file and the certificates the TSA sent with its token. */
    public record Stamped(byte[] pdf, List<X509Certificate> tsaCertificates) {
    }

    private DocumentTimeStamps() {
    }

    /** The PDF with a document time-stamp appended; an {@link IOException} when the TSA cannot be reached. */
    public static Stamped add(byte[] pdf, OfficeServices office) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.DOC_TIME_STAMP);
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(TOKEN_SIZE);
                document.addSignature(signature, content -> {
                    TimeStampToken token = token(office, content.readAllBytes());
                    certificates.addAll(certificates(token));
                    return token.getEncoded();
                }, options);
                printable(document);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * TOKEN_SIZE + 4096);
                document.saveIncremental(out);
                return new Stamped(out.toByteArray(), certificates);
            }
        }
    }

    private static TimeStampToken token(OfficeServices office, byte[] content) throws IOException {
        try {
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(content);
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, new BigInteger(64, RANDOM));
            TimeStampResponse response = new TimeStampResponse(office.timeStamp(request.getEncoded()));
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new IOException("the time-stamp authority refused: " + response.getStatusString());
            }
            return token;
        } catch (TSPException | GeneralSecurityException e) {
            throw new IOException("cannot time-stamp the letter: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> certificates(TimeStampToken token) throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        try {
            for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
                out.add(new JcaX509CertificateConverter().getCertificate(holder));
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("the time-stamp's certificates cannot be read", e);
        }
        return out;
    }

    /** PDF/A wants every annotation printable, the invisible time-stamp widget included. */
    private static void printable(PDDocument document) {
        var form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField) {
                for (PDAnnotationWidget widget : signatureField.getWidgets()) {
                    if (!widget.isPrinted()) {
                        widget.setPrinted(true);
                        widget.getCOSObject().setNeedToBeUpdated(true);
                    }
                }
            }
        }
    }
}
