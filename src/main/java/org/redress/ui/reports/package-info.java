/**
 * The workstation's Reports screen (issue 18, docs/reports.md): a report chosen with its period,
 * scheme and agency; each figure as a chart with its numbers beside it in a table; every count
 * drills down to the cases behind it, each of which opens.
 */
@NullMarked
package org.redress.ui.reports;

import org.jspecify.annotations.NullMarked;
