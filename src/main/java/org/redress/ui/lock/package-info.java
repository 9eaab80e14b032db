/**
 * The idle lock: after the minutes set by an administrator without a key or a click, the
 * workstation hides the case on screen behind a lock that only the signed-in officer's password
 * lifts (checked like a sign-in: lockout and audit included).
 */
@NullMarked
package org.redress.ui.lock;

import org.jspecify.annotations.NullMarked;
