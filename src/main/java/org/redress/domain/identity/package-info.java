/**
 * Identifiers of the subjects of a case: resident IDs (GB 11643) and the permits that share their
 * checksum, and Unified Social Credit Codes (GB 32100). Checking them, masking them for display,
 * recording an officer's override of a checksum warning, and generating valid ones for demos.
 */
@NullMarked
package org.redress.domain.identity;

import org.jspecify.annotations.NullMarked;
