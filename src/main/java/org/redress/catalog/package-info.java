/**
 * Reading the versioned data in {@code resources/catalogs} (schemes, rules, sanctions, the
 * working-day calendar) into domain objects, validated on load with errors that name the file and
 * the entry.
 */
@NullMarked
package org.redress.catalog;

import org.jspecify.annotations.NullMarked;
