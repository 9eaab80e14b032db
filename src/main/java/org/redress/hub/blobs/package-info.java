@NullMarked
package org.redress.hub.blobs;

import org.jspecify.annotations.NullMarked;
