/**
 * The workstation's reports at the hub (issue 18, docs/reports.md "At the hub"): the same figures,
 * built by {@link org.redress.reports.ReportBuilder} from the hub's PostgreSQL aggregates (V96) over
 * every workstation of an office, or of several offices for an account granted a region.
 * {@code GET /v1/reports} and {@code GET /v1/reports/{name}}, for supervisors and auditors only.
 */
@NullMarked
package org.redress.hub.reports;

import org.jspecify.annotations.NullMarked;
