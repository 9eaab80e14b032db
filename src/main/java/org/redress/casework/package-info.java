/**
 * What the workstation's screens ask of the workspace, as services: queue pages and counts, a
 * case's whole file, signing in, the case actions the domain allows, revealing an identifier and
 * evidence previews. Every call blocks on the store, so callers run them off the UI thread; the UI
 * never touches JDBC itself.
 */
@NullMarked
package org.redress.casework;

import org.jspecify.annotations.NullMarked;
