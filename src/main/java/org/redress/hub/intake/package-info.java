@NullMarked
package org.redress.hub.intake;

import org.jspecify.annotations.NullMarked;
