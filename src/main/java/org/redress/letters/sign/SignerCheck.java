package org.redress.letters.sign;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.redress.letters.LetterException;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/**
 * Whether a signing certificate may sign a letter of this office: issued by the office CA (the
 * certificate the workstation keeps from enrolment), valid now, for document signing, and naming
 * an officer ({@code UID}, the account's username) of the office ({@code OU}). Refusals say why
 * in a sentence.
 */
public final class SignerCheck {

    private SignerCheck() {
    }

    /** The officer a certificate names, as the office CA wrote it. */
    public record Named(String username, String displayName, String role, String office) {
    }

    /** Refuses unless {@code certificate} chains to {@code officeCa} and is valid at {@code when}; returns whom it names. */
    public static Named officeCertificate(X509Certificate certificate, X509Certificate officeCa, Instant when) {
        try {
            certificate.verify(officeCa.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new LetterException("the signing certificate (" + certificate.getSubjectX500Principal().getName()
                    + ") was not issued by this office's certificate authority; only a key the office CA certified"
                    + " signs letters (enrol the officer's key with the hub)");
        }
        try {
            certificate.checkValidity(Date.from(when));
        } catch (GeneralSecurityException e) {
            throw new LetterException("the signing certificate is not valid now (valid " + certificate.getNotBefore()
                    .toInstant() + " to " + certificate.getNotAfter().toInstant() + "); enrol the officer's key again");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null || !usage[1]) {
            throw new LetterException("the certificate is not for signing documents (no non-repudiation usage)");
        }
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        Named named = new Named(value(subject, BCStyle.UID), value(subject, BCStyle.CN), value(subject, BCStyle.T),
                value(subject, BCStyle.OU));
        if (named.username().isEmpty()) {
            throw new LetterException("the signing certificate names no officer account");
        }
        return named;
    }

    /** Refuses unless the certificate names {@code username} of {@code office}: only the deciding officer signs. */
    public static void decider(Named named, String username, String office) {
        if (!named.username().equals(username)) {
            throw new LetterException("the signing key is " + named.username() + "'s, but the decision was made by "
                    + username + "; a letter is signed by the deciding officer's key only (" + username
                    + " issues it, or it goes unsigned)");
        }
        if (!named.office().equals(office)) {
            throw new LetterException("the signing certificate is for office " + named.office() + ", not " + office);
        }
    }

    private static String value(X500Name name, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
