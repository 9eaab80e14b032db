package org.redress.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A second, independent reading of a letter's signatures — PDFBox finds each one, BouncyCastle checks
 * its CMS over the signed byte ranges against the certificate it carries — which is what poppler's
 * {@code pdfsig} reports ("Signature is Valid", the sub-filter), so the check runs on machines without it.
 */
final class PdfSignatureCheck {

    record Result(String subFilter, boolean coversWholeFileButSignature, boolean valid, String signer) {
    }

    private PdfSignatureCheck() {
    }

    static List<Result> check(byte[] pdf) throws Exception {
        List<Result> results = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                int[] range = signature.getByteRange();
                boolean whole = range.length == 4 && range[0] == 0 && range[2] + range[3] == pdf.length;
                byte[] signedContent = signature.getSignedContent(pdf);
                byte[] contents;
                try (ASN1InputStream der = new ASN1InputStream(new ByteArrayInputStream(signature.getContents(pdf)))) {
                    contents = der.readObject().getEncoded(); // the first DER object; the rest is zero padding
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
                boolean valid = !cms.getSignerInfos().getSigners().isEmpty();
                String signer = "";
                for (SignerInformation info : cms.getSignerInfos().getSigners()) {
                    @SuppressWarnings("unchecked")
                    var matches = cms.getCertificates().getMatches(info.getSID());
                    if (matches.isEmpty()) {
                        valid = false;
                        continue;
                    }
                    X509CertificateHolder certificate = (X509CertificateHolder) matches.iterator().next();
                    signer = certificate.getSubject().toString();
                    try {
                        valid &= info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
                    } catch (CMSException e) { // a digest that does not match the signed bytes
                        valid = false;
                    }
                }
                results.add(new Result(signature.getSubFilter(), whole, valid, signer));
            }
        }
        return results;
    }
}
