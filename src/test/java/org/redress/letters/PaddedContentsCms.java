package org.redress.letters;

import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import eu.europa.esig.dss.model.DSSDocument;
import org.bouncycastle.asn1.ASN1InputStream;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * DSS 6.4's CMS parser (dss-cms-object) as DSS ships it, but given only the signature's DER object
 * and not the zero padding that fills a PDF signature's reserved {@code /Contents}. DSS was built
 * against BouncyCastle 1.83, whose {@code CMSSignedData} ignored that padding; Redress runs 1.87,
 * which refuses it ("Extra data detected in stream"), so without this every padded PDF signature —
 * anyone's, not only Redress's — reads as "not a valid CAdES file". Validation itself is DSS's own.
 * Registered for the tests through {@code META-INF/services/eu.europa.esig.dss.cms.ICMSUtils},
 * which the test classes' folder puts ahead of DSS's jar.
 */
public final class PaddedContentsCms extends CMSObjectUtils {

    @Override
    public CMS parseToCMS(byte[] binaries) {
        return super.parseToCMS(firstObject(binaries));
    }

    @Override
    public CMS parseToCMS(DSSDocument document) {
        return parseToCMS(eu.europa.esig.dss.spi.DSSUtils.toByteArray(document));
    }

    static byte[] firstObject(byte[] bytes) {
        try (ASN1InputStream in = new ASN1InputStream(bytes)) {
            var object = in.readObject();
            return object == null ? bytes : object.getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
