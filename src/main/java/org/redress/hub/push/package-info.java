@NullMarked
package org.redress.hub.push;

import org.jspecify.annotations.NullMarked;
