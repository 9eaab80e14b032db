/**
 * Where Redress keeps things on the officer's machine outside a workspace: the per-user cache of
 * derived files (start-up cache, fonts unpacked from the jar, fetched PostgreSQL binaries), which
 * can be deleted at any time and is rebuilt on demand.
 */
@NullMarked
package org.redress.platform;

import org.jspecify.annotations.NullMarked;
