/**
 * The office's public-key infrastructure at the hub: the office certificate authority it makes on
 * first start ({@link org.redress.hub.pki.OfficePki}), the hub's TLS certificate issued by it or
 * given by the office ({@link org.redress.hub.pki.HubCertificate}), and fingerprints workstations
 * pin ({@link org.redress.sync.protocol.KeyFingerprint}). The authority issues from a public key
 * or a PKCS#10 request under a {@link org.redress.hub.pki.CertificateProfile}, so that officers'
 * signing certificates and devices' certificates can be added as profiles later. Private keys are
 * files only their owner reads (0600 in a 0700 folder).
 */
@NullMarked
package org.redress.hub.pki;

import org.jspecify.annotations.NullMarked;
