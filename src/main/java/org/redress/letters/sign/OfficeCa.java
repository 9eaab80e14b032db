package org.redress.letters.sign;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The office's certificate authority as enrolment needs it: certifying an officer's signing key.
 * The hub's implementation lives with the hub client in {@code sync}, so letters never depend on it.
 */
public interface OfficeCa {

    /** The certificate the office CA issued for the key of {@code csr} (DER), then the CA's: leaf first. */
    List<X509Certificate> certify(byte[] csr) throws IOException;
}
