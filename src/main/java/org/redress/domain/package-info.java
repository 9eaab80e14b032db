/**
 * The pure model and rules of appeal review: identifiers, score schemes, ledgers, the working-day
 * calendar and appeal cases. Imports nothing but the JDK and JSpecify; an ArchUnit test holds that.
 */
@NullMarked
package org.redress.domain;

import org.jspecify.annotations.NullMarked;
