package org.redress.letters.sign;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the Document Security Store (ISO 32000-2 §12.8.4.3, ETSI EN 319 142-1 §5.4) to a signed
 * letter in a further incremental update: the certificates of the signature and of its time-stamp
 * and the office CA's CRL, so that the letter verifies without the hub (PAdES B-LT).
 */
public final class ValidationData {

    private ValidationData() {
    }

    public static byte[] add(byte[] signedPdf, List<X509Certificate> certificates, List<byte[]> crls) {
        try (PDDocument document = Loader.loadPDF(signedPdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            COSDictionary dss = new COSDictionary();
            COSArray certs = new COSArray();
            Map<String, byte[]> distinct = new LinkedHashMap<>();
            for (X509Certificate certificate : certificates) {
                byte[] der = certificate.getEncoded();
                distinct.putIfAbsent(java.util.HexFormat.of().formatHex(der), der);
            }
            for (byte[] der : distinct.values()) {
                certs.add(stream(document, der));
            }
            COSArray crlArray = new COSArray();
            for (byte[] crl : crls) {
                crlArray.add(stream(document, crl));
            }
            dss.setItem(COSName.getPDFName("Certs"), certs);
            dss.setItem(COSName.getPDFName("CRLs"), crlArray);
            certs.setNeedToBeUpdated(true);
            crlArray.setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            catalog.getCOSObject().setItem(COSName.getPDFName("DSS"), dss);
            catalog.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(signedPdf.length + 8192);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException | CertificateEncodingException e) {
            throw new UncheckedIOException("cannot add the validation data to the letter",
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static COSStream stream(PDDocument document, byte[] der) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(der);
        }
        stream.setNeedToBeUpdated(true);
        return stream;
    }
}
