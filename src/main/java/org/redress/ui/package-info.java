/**
 * The JavaFX workstation: a plain launcher (JavaFX sits on the class path, so nothing here extends
 * {@code Application}), the composition root {@link org.redress.ui.AppContext}, and one package per
 * screen, each a code-built view over a view model that holds the state and is tested without the
 * toolkit. Work runs off the FX thread through {@link org.redress.ui.common.FxTasks}; every visible
 * string comes from {@code resources/i18n}.
 */
@NullMarked
package org.redress.ui;

import org.jspecify.annotations.NullMarked;
