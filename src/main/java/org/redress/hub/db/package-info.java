@NullMarked
package org.redress.hub.db;

import org.jspecify.annotations.NullMarked;
