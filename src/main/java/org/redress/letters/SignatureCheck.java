package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.io.IOException;
import java.util.Collection;

/**
 * Checks one PDF signature: its byte range covers the whole file but the signature itself, and
 * its CMS signature verifies over that range with the certificate it carries. Trust in the
 * certificate (the officer's key) is a matter for the office's PKI, not for this check.
 */
public final class SignatureCheck {

    /** Whether the signature holds, who signed, and what is wrong when it does not. */
    public record Result(boolean valid, String signer, String problem) {
    }

    private static final String DOC_TIME_STAMP = "DocTimeStamp";

    private SignatureCheck() {
    }

    static Result check(PDSignature signature, byte[] file) {
        try {
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || (long) range[2] + range[3] > file.length
                    || ((long) range[2] + range[3] != file.length && !validationDataOnly(file, range[2] + range[3]))) {
                return new Result(false, "", "the signed byte range does not reach the end of the file");
            }
            if (DOC_TIME_STAMP.equals(signature.getCOSObject().getNameAsString(COSName.TYPE))) {
                return DocumentTimeStampCheck.check(signature, file);
            }
            byte[] contents = signature.getContents(file);
            // The /Contents string is zero-padded to its reserved size: read only the first DER object.
            ASN1Primitive cms;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                cms = in.readObject();
            }
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(file)),
                    ContentInfo.getInstance(cms));
            for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(signer.getSID());
                if (certificates.isEmpty()) {
                    return new Result(false, "", "the signature carries no signer certificate");
                }
                X509CertificateHolder certificate = certificates.iterator().next();
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return new Result(false, certificate.getSubject().toString(), "the signed bytes were changed");
                }
                return new Result(true, certificate.getSubject().toString(), "");
            }
            return new Result(false, "", "the signature has no signer");
        } catch (IOException | RuntimeException | org.bouncycastle.cms.CMSException
                 | org.bouncycastle.operator.OperatorCreationException | java.security.cert.CertificateException e) {
            return new Result(false, "", describe(e));
        }
    }

    /**
     * When {@code signature} (an officer's, not a document time-stamp) covers a revision that ends
     * before the file does, and everything after it only adds validation data and time-stamps: the
     * SHA-256 of that revision, which is the letter as it was issued before it was raised to B-LT.
     */
    static @Nullable String raisedRevisionSha256(PDSignature signature, byte[] file) {
        try {
            if (DOC_TIME_STAMP.equals(signature.getCOSObject().getNameAsString(COSName.TYPE))) {
                return null;
            }
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4) {
                return null;
            }
            long end = (long) range[2] + range[3];
            if (end >= file.length || end <= 0 || !validationDataOnly(file, (int) end)) {
                return null;
            }
            return DecisionRecord.sha256(java.util.Arrays.copyOf(file, (int) end));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether what follows the signed revision are incremental updates that add validation data
     * (the DSS of PAdES B-LT: certificates and CRLs) and document time-stamps, and nothing a reader
     * sees ({@link LaterRevisions}). The verifier compares the visible text besides.
     */
    static boolean validationDataOnly(byte[] file, int signedEnd) {
        return LaterRevisions.addNothingVisible(file, signedEnd);
    }

    private static String describe(@Nullable Exception e) {
        return e == null || e.getMessage() == null ? "unreadable signature" : e.getMessage();
    }
}
