/**
 * The Sync screen (what waits to be sent, what the hub refused and why, what it kept as a
 * conflict), the supervisors' Conflicts queue with the competing decisions side by side, and the
 * status bar's sync state. Everything is read and done through {@link org.redress.sync.SyncDesk}
 * off the FX thread.
 */
@NullMarked
package org.redress.ui.sync;

import org.jspecify.annotations.NullMarked;
