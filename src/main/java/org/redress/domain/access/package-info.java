/**
 * Who is at the desk: officers and the roles that bound what they may do with a case. Pure JDK;
 * the accounts, passwords and sessions behind them live in {@code org.redress.security}.
 */
@NullMarked
package org.redress.domain.access;

import org.jspecify.annotations.NullMarked;
