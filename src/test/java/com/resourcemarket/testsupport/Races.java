package com.resourcemarket.testsupport;

import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

/** For race tests: calls that start at the same moment on several threads. */
public final class Races {

    private Races() {
    }

    /** Waits at {@code start} until every racer is there, then makes the call. */
    public static <T> T atOnce(CyclicBarrier start, Supplier<T> call) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return call.get();
    }
}
