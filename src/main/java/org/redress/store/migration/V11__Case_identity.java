package org.redress.store.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.redress.domain.appeal.CaseIdentity;
import org.sqlite.Function;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives every case already in the workspace its id, and names cases by it in the outbox.
 *
 * <ul>
 *   <li>A case made before ids existed gets {@link CaseIdentity#legacy} of its number, as the hub's
 *       own migration does for the cases it holds, so both sides name an old case alike.</li>
 *   <li>Outbox rows about a case are reworded to name it by id (the intent is unchanged; only its
 *       name is), so a hub restored from a backup can be sent them again.</li>
 *   <li>Cases made here (import, counter) that the hub has not sent back are marked to be
 *       announced: their {@code case.create} goes out before any change to them.</li>
 * </ul>
 * Java, not SQL, because SQLite has no MD5; the function exists only on this migration's connection.
 */
public final class V11__Case_identity extends BaseJavaMigration {

    static final String FUNCTION = "redress_legacy_case_id";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Function.create(c, FUNCTION, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(CaseIdentity.legacy(value_text(0)).toString());
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE appeal_case SET case_uuid = " + FUNCTION + "(case_no) WHERE case_uuid IS NULL");
            st.execute("DROP TRIGGER outbox_intent_unchanged");
            st.executeUpdate("""
                    UPDATE outbox SET entity_id = (SELECT case_uuid FROM appeal_case WHERE case_no = outbox.entity_id)
                    WHERE kind <> 'conflict.resolve' AND entity_id IN (SELECT case_no FROM appeal_case)""");
            st.execute("""
                    CREATE TRIGGER outbox_intent_unchanged BEFORE UPDATE OF seq, mutation_id, kind, entity_id, base_version,
                        payload, created_at ON outbox
                    BEGIN SELECT RAISE(ABORT, 'an outbox intent never changes; only its state and result do'); END""");
            st.executeUpdate("UPDATE appeal_case SET announce = 1 WHERE channel IN ('IMPORT', 'MANUAL') AND server_version = 0");
        } finally {
            Function.destroy(c, FUNCTION);
        }
    }
}
