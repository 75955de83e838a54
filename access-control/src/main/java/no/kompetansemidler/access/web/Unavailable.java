package no.kompetansemidler.access.web;

import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of a resource the service depends on (the database is down or its pool has no connection within
 * its short timeout) from a defect: the first is a 503 the client may retry, with nothing changed, the second a
 * 500. Both services' last-resort handlers ask here.
 */
public final class Unavailable {

    /** Seconds a client should wait before it retries. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Unavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
