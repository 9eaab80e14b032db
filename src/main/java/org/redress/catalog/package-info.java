/** Loading the scheme catalogs shipped as data under {@code resources/catalogs/schemes}. */
@NullMarked
package org.redress.catalog;

import org.jspecify.annotations.NullMarked;
