/**
 * Score schemes as data: points schemes with grade bands, bounded ranges, categorical ratings and
 * red/black lists, with their versioned rules and the sanctions they trigger.
 */
@NullMarked
package org.redress.domain.scheme;

import org.jspecify.annotations.NullMarked;
