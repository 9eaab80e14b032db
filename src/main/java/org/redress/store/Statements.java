package org.redress.store;

import org.jspecify.annotations.Nullable;

import java.sql.SQLException;
import java.sql.Statement;

/** Closing many prepared statements at once: every one is closed, the first failure is thrown. */
public final class Statements {
    private Statements() {}

    public static void closeAll(@Nullable Statement... statements) throws SQLException {
        SQLException failure = null;
        for (Statement statement : statements) {
            if (statement == null) {
                continue;
            }
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
