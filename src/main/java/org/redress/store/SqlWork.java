package org.redress.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one connection; for writes it runs inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
