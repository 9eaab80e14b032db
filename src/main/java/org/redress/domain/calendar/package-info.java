/**
 * The official working-day calendar (public holidays and make-up working days, 调休, per year as
 * published by the State Council) and the deadline clock that counts working days on it.
 * A date in a year without official data is never guessed silently: every computation that
 * touches such a year returns a {@link org.redress.domain.calendar.CoverageWarning}.
 */
@NullMarked
package org.redress.domain.calendar;

import org.jspecify.annotations.NullMarked;
