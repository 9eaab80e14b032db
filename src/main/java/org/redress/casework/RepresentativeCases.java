package org.redress.casework;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Role;
import org.redress.domain.scheme.Catalog;
import org.redress.domain.scheme.Scheme;
import org.redress.domain.scheme.SchemeKind;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks what a picture of the workstation shows when nobody says: a case in review that has
 * evidence, notes and a ledger worth charting, and the officer to sign in as. It answers before
 * anyone is signed in (that is its point), with case numbers and account names only, and only
 * for pictures and measured starts of demo workspaces, whose passwordless sign-in
 * ({@link SignInService#demoOfficer}) refuses any other workspace.
 */
public final class RepresentativeCases {

    private final Database database;
    private final Catalog catalog;

    public RepresentativeCases(Database database, Catalog catalog) {
        this.database = database;
        this.catalog = catalog;
    }

    /**
     * The first case in review under a points scheme (its score makes a chart) with an attachment,
     * a note and at least three ledger entries; else the first case.
     */
    public Optional<Long> caseId() {
        List<String> points = catalog.schemes().stream().filter(s -> s.kind() == SchemeKind.POINTS)
                .map(Scheme::code).toList();
        String schemes = points.isEmpty() ? "''" : String.join(", ", Collections.nCopies(points.size(), "?"));
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT c.id FROM appeal_case c
                    WHERE c.status = 'IN_REVIEW' AND c.assignee_id IS NOT NULL AND c.scheme_code IN (%s)""".formatted(schemes) + """

                      AND EXISTS (SELECT 1 FROM attachment a WHERE a.case_id = c.id)
                      AND EXISTS (SELECT 1 FROM note n WHERE n.case_id = c.id)
                      AND (SELECT count(*) FROM ledger_event l
                           WHERE l.subject_id = c.subject_id AND l.scheme_code = c.scheme_code) >= 3
                    ORDER BY c.id LIMIT 1""")) {
                for (int i = 0; i < points.size(); i++) {
                    ps.setString(i + 1, points.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM appeal_case ORDER BY id LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
            }
        });
    }

    /** The case with this number, if the workspace has it. */
    public Optional<Long> caseId(String caseNo) {
        return database.read(c -> new CaseRepository(c).byCaseNo(caseNo.strip()).map(CaseRow::id));
    }

    public String caseNo(long caseId) {
        return database.read(c -> new CaseRepository(c).byId(caseId).map(CaseRow::caseNo).orElseThrow());
    }

    /**
     * Whom to sign in as: a supervisor when {@code supervisor}; else the assignee of the case when a
     * case worker has it; else the first officer.
     */
    public Optional<String> officer(boolean supervisor, @Nullable Long caseId) {
        return database.read(c -> {
            List<OfficerRow> all = new OfficerRepository(c).all();
            if (caseId != null && !supervisor) {
                Long assignee = new CaseRepository(c).byId(caseId).map(CaseRow::assigneeId).orElse(null);
                Optional<String> worker = all.stream()
                        .filter(o -> assignee != null && o.id() == assignee && Role.valueOf(o.role()).worksCases())
                        .map(OfficerRow::username).findFirst();
                if (worker.isPresent()) {
                    return worker;
                }
            }
            Role wanted = supervisor ? Role.SUPERVISOR : Role.OFFICER;
            return all.stream().filter(o -> Role.valueOf(o.role()) == wanted)
                    .min(Comparator.comparingLong(OfficerRow::id)).map(OfficerRow::username);
        });
    }
}
