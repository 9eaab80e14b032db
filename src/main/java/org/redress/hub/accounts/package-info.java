@NullMarked
package org.redress.hub.accounts;

import org.jspecify.annotations.NullMarked;
