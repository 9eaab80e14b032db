/**
 * Letters verifiable by anyone (issue #16, item 2), the hub's part: each office's letter key and its
 * endorsements of the office's approved workstations ({@link org.redress.hub.verify.OfficeLetterKeys}),
 * and the public verification page at {@code /v} (plain HTML, no script, no sign-in), which says
 * whether a letter is genuine and whether it is in force or replaced, and by which letter.
 */
@NullMarked
package org.redress.hub.verify;

import org.jspecify.annotations.NullMarked;
