/**
 * Letters from templates (issue 19, item 4): the letters a case needs besides its decision —
 * acknowledgement of receipt, information request, extension notice, not-admissible and withdrawal
 * notices — each rendered from a versioned Mustache template of paragraphs with named fields, as a
 * bilingual PDF/A on the decision letters' machinery, numbered from the office's letter series and
 * pinned to the template versions it was rendered from. Owns the tables {@code letter_template} and
 * {@code notice_letter}.
 */
@NullMarked
package org.redress.letters.templates;

import org.jspecify.annotations.NullMarked;
