package org.redress.domain.appeal;

import org.redress.domain.ledger.LedgerEvent;

import java.util.Optional;

/**
 * Finds the bounds of the rule version in force when an entry was imposed. Supplied by the
 * caller from the scheme catalogue, so the appeal model does not depend on it.
 */
@FunctionalInterface
public interface RuleBoundsLookup {
    Optional<RuleBounds> boundsFor(LedgerEvent entry);
}
