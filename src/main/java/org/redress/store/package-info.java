/**
 * The workstation's local store: one SQLite database in the officer's workspace, migrated by
 * Flyway, written by one writer thread, read through read-only connections; repositories, the
 * case queue and full-text search over cases.
 */
@NullMarked
package org.redress.store;

import org.jspecify.annotations.NullMarked;
