package com.resourcemarket.core.error;

import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.HibernateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Transient collisions in the database — a lock-wait timeout behind a long settlement, a NOWAIT lock refused, a
 * deadlock — answer 503 with Retry-After (the same request will very likely succeed shortly), never an opaque 500.
 * Anything else these exceptions carry stays a 500 without details.
 */
public class TransientProblems {

    private static final Logger LOG = Logger.getLogger(TransientProblems.class);
    /** MySQL/MariaDB: lock wait timeout, deadlock, NOWAIT lock not granted. */
    private static final Set<Integer> TRANSIENT_CODES = Set.of(1205, 1213, 3572);
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper(priority = 1)
    public Response persistence(PersistenceException e) {
        return answer(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response hibernate(HibernateException e) {
        return answer(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response sql(SQLException e) {
        return answer(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response transaction(QuarkusTransactionException e) {
        return answer(e);
    }

    /** True when a cause in the chain is a lock-wait timeout, a deadlock or a refused NOWAIT lock. */
    public static boolean isTransient(Throwable e) {
        if (com.resourcemarket.core.persistence.LockConflicts.isLockConflict(e)
                || com.resourcemarket.core.persistence.LockConflicts.isPoolExhausted(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (TRANSIENT_CODES.contains(sql.getErrorCode()) || t instanceof SQLTransientException)) {
                return true;
            }
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static Response answer(Throwable e) {
        if (isTransient(e)) {
            LOG.debugf("transient database collision: %s", e);
            return unavailable();
        }
        LOG.error("request failed", e);
        return Problems.serverError().toResponse();
    }

    static Response unavailable() {
        return Problems.temporarilyUnavailable("The data is locked by another operation (for example a running "
                + "settlement); nothing was changed. Retry in a few seconds.", RETRY_AFTER_SECONDS).toResponse();
    }
}
