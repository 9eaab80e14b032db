/**
 * The demo workspace: a deterministic, realistic office generated from a seed and a day —
 * agencies, officers, subjects with ledgers, appeal cases in every state with their history,
 * notes, decisions, approvals and evidence — streamed into a fresh workspace built beside its
 * target and renamed into place, so a killed run leaves nothing half-made.
 */
@NullMarked
package org.redress.demo;

import org.jspecify.annotations.NullMarked;
