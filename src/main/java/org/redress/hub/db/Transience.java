package org.redress.hub.db;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Which database failures may pass if tried again (the caller gets 503, nothing advanced). */
public final class Transience {

    private Transience() {
    }

    public static boolean isTransient(SQLException e) {
        if (e instanceof SQLTransientException) {
            return true;
        }
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        return state.startsWith("08") // connection
                || state.equals("40001") || state.equals("40P01") // serialization, deadlock
                || state.startsWith("53") // insufficient resources
                || state.startsWith("57P"); // admin shutdown, cannot connect now
    }

    /** Serialization failures and deadlocks: worth an immediate retry inside the hub. */
    public static boolean isRetryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }
}
