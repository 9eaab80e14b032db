/**
 * The hub: the stateless HTTP service over PostgreSQL that workstations sync with (SYNC.md).
 * {@link org.redress.hub.HubServer} serves it, {@link org.redress.hub.EmbeddedHub} runs real
 * PostgreSQL binaries for a one-machine office ({@link org.redress.hub.PostgresBinaries} finds or
 * fetches them), {@link org.redress.hub.accounts.HubAccounts}
 * creates offices and officers. Never imports the workstation's store or UI.
 */
@NullMarked
package org.redress.hub;

import org.jspecify.annotations.NullMarked;
