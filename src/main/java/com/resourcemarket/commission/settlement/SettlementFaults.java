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

    public void failAfterStatements(int count) {
        failAfterStatements = count;
    }

    public void clear() {
        failAfterStatements = -1;
    }

    void afterStatement(int written) {
        int limit = failAfterStatements;
        if (limit >= 0 && written >= limit) {
            throw new IllegalStateException("injected settlement failure after " + written + " statements");
        }
    }
}
