package no.kompetansemidler.access.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a passing failure of the database from a defect: the database down, its pool without a connection within
 * its short timeout, a connection lost (SQLSTATE class 08), a deadlock or serialization failure (class 40), the
 * server shutting down (57P01-57P03) or out of resources (class 53). The first is a 503 the client may retry, and
 * a dead letter that is handed back by itself; the second a 500, and a dead letter that waits for an
 * administrator. Both services' last-resort handlers and dead-letter queues ask here.
 */
public final class Unavailable {

    /** Seconds a client should wait before it retries. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Unavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && passing(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean passing(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("40")
                || sqlState.startsWith("53") || sqlState.startsWith("57P"));
    }
}
