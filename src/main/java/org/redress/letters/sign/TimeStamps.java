package org.redress.letters.sign;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts an RFC 3161 signature time-stamp (the office TSA's token over the signature value) into a
 * CMS signature as its unsigned {@code id-aa-signatureTimeStampToken} attribute: PAdES B-T. With no
 * office services, or the hub unreachable, the signature is left as it is (B-B) and
 * {@link #token()} stays null. One per signature.
 */
public final class TimeStamps {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final @Nullable OfficeServices office;
    private @Nullable TimeStampToken token;

    public TimeStamps(@Nullable OfficeServices office) {
        this.office = office;
    }

    /** The time-stamp the last {@link #stamp} added, or null. */
    public @Nullable TimeStampToken token() {
        return token;
    }

    /** The certificates the TSA sent with its token (its own and the office CA's). */
    public List<X509Certificate> certificates() throws IOException {
        List<X509Certificate> out = new ArrayList<>();
        if (token == null) {
            return out;
        }
        try {
            for (Object holder : token.getCertificates().getMatches(null)) {
                out.add(new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) holder));
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("the time-stamp's certificates cannot be read", e);
        }
        return out;
    }

    /** The CMS signature with the time-stamp added, or unchanged when the TSA cannot be reached. */
    public byte[] stamp(byte[] cms) throws IOException {
        if (office == null) {
            return cms;
        }
        try {
            CMSSignedData signed = new CMSSignedData(cms);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, new BigInteger(64, RANDOM));
            byte[] answer;
            try {
                answer = office.timeStamp(request.getEncoded());
            } catch (IOException offline) {
                return cms;
            }
            TimeStampResponse response = new TimeStampResponse(answer);
            response.validate(request);
            TimeStampToken stamped = response.getTimeStampToken();
            if (stamped == null) {
                throw new IOException("the time-stamp authority refused: " + response.getStatusString());
            }
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(stamped.toCMSSignedData().toASN1Structure())));
            SignerInformation withStamp = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
            this.token = stamped;
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(withStamp)).getEncoded("DER");
        } catch (CMSException | TSPException | GeneralSecurityException e) {
            throw new IOException("cannot time-stamp the signature: " + e.getMessage(), e);
        }
    }
}
