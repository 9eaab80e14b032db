/**
 * The workstation side of sync (docs/sync.md): the outbox written in the same transaction as each
 * local change, the hub client, the one sync loop (push, pull, blobs) on a background thread,
 * the replica's apply of pulled changes, and what the status bar and the Sync screen show.
 */
@NullMarked
package org.redress.sync;

import org.jspecify.annotations.NullMarked;
