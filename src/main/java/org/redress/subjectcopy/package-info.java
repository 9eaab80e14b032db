/**
 * The subject's own copy for an access request (issue 19, item 8): a document the person can read —
 * a bilingual PDF/A of what is held about them, each entry with its rule in words, the score and
 * grade over time, their cases, decisions and letters — and the same as JSON beside it, with no
 * internal ids, rule codes, enum names, feed hashes or import file names.
 */
@NullMarked
package org.redress.subjectcopy;

import org.jspecify.annotations.NullMarked;
