@NullMarked
package org.redress.hub.http;

import org.jspecify.annotations.NullMarked;
