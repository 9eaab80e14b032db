/**
 * Evidence files: the workspace's content-addressed store (each file once, by SHA-256, under
 * {@code evidence/ab/cd/<sha256>}), the sniffing of a file's type from its first bytes, and the
 * chain of custody recorded when a file is attached to a case.
 */
@NullMarked
package org.redress.evidence;

import org.jspecify.annotations.NullMarked;
