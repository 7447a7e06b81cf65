package com.resourcemarket.core.persistence;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/** Recognises a transaction that lost a row lock: it can simply be run again. */
public final class LockConflicts {

    /** MySQL/MariaDB: ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT. */
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private LockConflicts() {
    }

    /**
     * True when {@code failure}, or anything it wraps, is the connection pool's acquisition timeout (Agroal: every
     * connection busy for longer than it waits): overload, answered 503, never retried here (that would add load).
     */
    public static boolean isPoolExhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null && t.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code failure}, or anything it wraps, is a deadlock or a lock-wait timeout. */
    public static boolean isLockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.exception.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
