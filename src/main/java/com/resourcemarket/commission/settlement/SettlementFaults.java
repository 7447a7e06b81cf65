package com.resourcemarket.commission.settlement;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Test-only fault injection: when {@link #failAfterStatements} is set (≥ 0), a settlement run throws after writing that
 * many statements, as a crash would, so tests can show that nothing partial is left and a re-run completes. Inert
 * (-1) unless a test sets it; nothing in production sets it.
 */
@ApplicationScoped
public class SettlementFaults {

    private volatile int failAfterStatements = -1;
    private volatile long pauseAfterLockMillis;

    public void failAfterStatements(int count) {
        failAfterStatements = count;
    }

    /** Makes a run hold the month's lock this long before working, so tests can start a second run against it. */
    public void pauseAfterLock(long millis) {
        pauseAfterLockMillis = millis;
    }

    public void clear() {
        failAfterStatements = -1;
        pauseAfterLockMillis = 0;
    }

    void afterLock() {
        long pause = pauseAfterLockMillis;
        if (pause > 0) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void afterStatement(int written) {
        int limit = failAfterStatements;
        if (limit >= 0 && written >= limit) {
            throw new IllegalStateException("injected settlement failure after " + written + " statements");
        }
    }
}
