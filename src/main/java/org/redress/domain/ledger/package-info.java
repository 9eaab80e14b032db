/**
 * A subject's ledger under a scheme and what is derived from it: score, grade, list memberships
 * and sanctions at any date, under hypothetical corrections, and over time.
 */
@NullMarked
package org.redress.domain.ledger;

import org.jspecify.annotations.NullMarked;
