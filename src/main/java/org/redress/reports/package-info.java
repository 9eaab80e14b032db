/**
 * Reports for supervisors, auditors and oversight bodies (docs/reports.md): each report's figures
 * and their definitions, held once here and computed the same way from the workstation's SQLite
 * ({@link org.redress.reports.LocalReportSql}) and the hub's PostgreSQL ({@code hub.reports}); the
 * 95% Wilson interval, the office's thresholds, small-cell suppression for exports, and the text,
 * CSV and PDF/A renderings.
 */
@NullMarked
package org.redress.reports;

import org.jspecify.annotations.NullMarked;
