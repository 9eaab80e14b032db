@NullMarked
package org.redress.hub.pull;

import org.jspecify.annotations.NullMarked;
