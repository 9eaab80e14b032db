/**
 * The office-wide number series the hub holds (case numbers, letter references) and the blocks of
 * them it leases to workstations; see docs/hub.md, "Numbers".
 */
@NullMarked
package org.redress.hub.numbers;

import org.jspecify.annotations.NullMarked;
