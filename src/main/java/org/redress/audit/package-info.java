/**
 * The hash-chained audit log: every local change and every reveal of personal data becomes an
 * {@link org.redress.audit.AuditEvent} whose SHA-256 covers the one before it, and
 * {@link org.redress.audit.AuditVerifier} walks the chain, the rows it vouches for, the evidence
 * files and the issued letters, naming the first break.
 */
@NullMarked
package org.redress.audit;

import org.jspecify.annotations.NullMarked;
