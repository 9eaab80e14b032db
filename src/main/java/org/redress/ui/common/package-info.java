/** What every screen uses: the background task helper, the message bundles, fonts, theme and icons. */
@NullMarked
package org.redress.ui.common;

import org.jspecify.annotations.NullMarked;
