package org.redress.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.redress.store.CaseSearchText;
import org.sqlite.Function;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the search index ({@code case_search}) again in the bigram form of {@link CaseSearchText}
 * (issue 17): every case's number, subject's name, statement with its grounds text, and notes in
 * the order they were added. The table itself is unchanged; only its tokens are. Java, not SQL,
 * because the segmenting is the application's; the functions exist only on this migration's
 * connection. It uses the segmenting of the release that carries it: a later change of the form
 * needs a migration of its own.
 */
public final class V51__Case_search_bigrams extends BaseJavaMigration {

    static final String SEGMENT = "redress_search_segment";
    static final String CASE_NUMBER = "redress_search_case_number";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Function.create(c, SEGMENT, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                result(text == null ? "" : CaseSearchText.segment(text));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(c, CASE_NUMBER, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(CaseSearchText.caseNumber(value_text(0)));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM case_search");
            // Notes as CaseSearchIndex.addNote appends them: each after a line break, oldest first.
            st.executeUpdate("INSERT INTO case_search (rowid, case_no, subject_name, statement, notes) "
                    + "SELECT c.id, " + CASE_NUMBER + "(c.case_no), " + SEGMENT + "(s.name), "
                    + SEGMENT + "(CASE WHEN c.ground_text = '' THEN c.statement "
                    + "ELSE c.statement || char(10) || c.ground_text END), "
                    + "coalesce((SELECT group_concat(char(10) || " + SEGMENT + "(n.body), '') "
                    + "FROM (SELECT body FROM note WHERE case_id = c.id ORDER BY id) n), '') "
                    + "FROM appeal_case c JOIN subject s ON s.id = c.subject_id");
        } finally {
            Function.destroy(c, SEGMENT);
            Function.destroy(c, CASE_NUMBER);
        }
    }
}
