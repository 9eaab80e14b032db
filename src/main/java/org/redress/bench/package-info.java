/**
 * Measurements run from the command line ({@code redress bench …}) on real workspaces, each beside
 * a baseline measured in the same run. Tests never assert speed; these report it.
 */
@NullMarked
package org.redress.bench;

import org.jspecify.annotations.NullMarked;
