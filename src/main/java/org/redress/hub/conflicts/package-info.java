@NullMarked
package org.redress.hub.conflicts;

import org.jspecify.annotations.NullMarked;
