/**
 * Decision letters: the content a letter carries (built from a decided case in the store), its
 * canonical decision record, rendering to PDF/A-3u with embedded fonts and a QR verification mark,
 * optional PAdES signatures, issuing (reference numbers, the letters folder, supersession),
 * verification of a letter file, and batch export in the background. See LETTERS.md.
 */
@NullMarked
package org.redress.letters;

import org.jspecify.annotations.NullMarked;
