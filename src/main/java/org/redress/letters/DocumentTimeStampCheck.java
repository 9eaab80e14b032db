package org.redress.letters;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.security.MessageDigest;
import java.util.Collection;

/**
 * Checks a document time-stamp ({@code /DocTimeStamp}, {@code ETSI.RFC3161}): the token's own
 * signature verifies with the certificate it carries, and its message imprint is the hash of the
 * bytes its range covers. Whether the TSA is the office's is for the office's PKI (the letter's DSS).
 */
final class DocumentTimeStampCheck {

    private DocumentTimeStampCheck() {
    }

    static SignatureCheck.Result check(PDSignature signature, byte[] file) {
        try {
            ASN1Primitive der;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(file))) {
                der = in.readObject();
            }
            TimeStampToken token = new TimeStampToken(new CMSSignedData(ContentInfo.getInstance(der)));
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = token.getCertificates().getMatches(token.getSID());
            if (certificates.isEmpty()) {
                return new SignatureCheck.Result(false, "", "the time-stamp carries no certificate of its authority");
            }
            X509CertificateHolder tsa = certificates.iterator().next();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            var calculator = new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build()
                    .get(token.getTimeStampInfo().getHashAlgorithm());
            try (var out = calculator.getOutputStream()) {
                out.write(signature.getSignedContent(file));
            }
            byte[] digest = calculator.getDigest();
            String who = "the time-stamp authority " + tsa.getSubject() + " (a document time-stamp of "
                    + token.getTimeStampInfo().getGenTime().toInstant() + ")";
            if (!MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest())) {
                return new SignatureCheck.Result(false, who, "the time-stamped bytes were changed");
            }
            return new SignatureCheck.Result(true, who, "");
        } catch (Exception e) {
            return new SignatureCheck.Result(false, "", e.getMessage() == null ? "unreadable time-stamp" : e.getMessage());
        }
    }
}
