/**
 * Appeal cases: their states and the legal moves between them, priority, decisions and their
 * effect on the ledger, four eyes, recusal and the re-deduction guard. Every refusal carries a
 * stable {@link org.redress.domain.appeal.ReasonCode} (translated by the UI) and an English reason.
 */
@NullMarked
package org.redress.domain.appeal;

import org.jspecify.annotations.NullMarked;
