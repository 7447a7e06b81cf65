package com.resourcemarket.core.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are retried (lost row locks), answered 503 as overload (pool exhausted), or neither. */
class LockConflictsTest {

    @Test
    void deadlocksAndLockWaitTimeoutsAreLockConflictsWhereverTheyAreWrapped() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        SQLException lockWait = new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205);
        assertThat(LockConflicts.isLockConflict(new jakarta.persistence.PessimisticLockException("x", deadlock))).isTrue();
        assertThat(LockConflicts.isLockConflict(new RuntimeException(new IllegalStateException(lockWait)))).isTrue();
        assertThat(LockConflicts.isLockConflict(new SQLTransactionRollbackException("rolled back"))).isTrue();
        assertThat(LockConflicts.isLockConflict(new jakarta.persistence.LockTimeoutException("x"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        SQLException duplicate = new SQLException("Duplicate entry", "23000", 1062);
        assertThat(LockConflicts.isLockConflict(new RuntimeException(duplicate))).isFalse();
        assertThat(LockConflicts.isLockConflict(new IllegalArgumentException("bad"))).isFalse();
        assertThat(LockConflicts.isLockConflict(null)).isFalse();
        assertThat(LockConflicts.isPoolExhausted(new RuntimeException(duplicate))).isFalse();
    }

    @Test
    void anExhaustedConnectionPoolIsOverloadNotALockConflict() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        RuntimeException wrapped = new RuntimeException("Unable to acquire JDBC Connection", timeout);
        assertThat(LockConflicts.isPoolExhausted(wrapped)).isTrue();
        assertThat(LockConflicts.isLockConflict(wrapped)).isFalse();
    }
}
