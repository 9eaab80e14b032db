/**
 * The wire format of sync, shared by the workstation's sync engine and the hub: JSON records
 * (Jackson), the endpoint paths and the limits both sides enforce. See docs/sync.md and
 * SYNC.md. Nothing here knows SQLite, PostgreSQL or HTTP libraries.
 */
@NullMarked
package org.redress.sync.protocol;

import org.jspecify.annotations.NullMarked;
