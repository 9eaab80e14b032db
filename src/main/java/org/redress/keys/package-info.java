/**
 * The device's own signing key: the Ed25519 key pair a workstation signs with (its audit
 * checkpoints now; its proof of possession to the hub once enrolment uses it). Kept outside the
 * database, behind {@link org.redress.keys.DeviceKey} so that where it lives (a private file
 * today; wrapped under the officers' passwords when the workspace is encrypted) can change without
 * its users noticing.
 */
@NullMarked
package org.redress.keys;

import org.jspecify.annotations.NullMarked;
