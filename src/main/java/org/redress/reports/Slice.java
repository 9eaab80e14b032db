package org.redress.reports;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What one side's SQL reads for a report: the request, the day "now" is, and the scope — one
 * officer's own caseload ({@code officer}: cases assigned to them, their own row of the people
 * report) or whole offices ({@code offices}; a workstation holds one office and leaves it empty).
 */
public record Slice(ReportRequest request, LocalDate today, @Nullable String officer, List<String> offices) {

    public Slice {
        offices = List.copyOf(offices);
    }

    public LocalDate from() {
        return request.from();
    }

    public LocalDate to() {
        return request.to();
    }
}
