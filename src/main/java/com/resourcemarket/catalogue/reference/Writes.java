package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.error.Problems;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/** Flushes a change now, so a concurrent edit or a duplicate key becomes a 409 rather than a failed commit. */
final class Writes {

    private Writes() {
    }

    static void flush(String what, long expectedVersion) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw Problems.staleVersion(what, expectedVersion, expectedVersion + 1);
        } catch (PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw Problems.conflict(what + " conflicts with existing data");
            }
            throw e;
        }
    }

    /** The caller must send the version it read; refuses a stale one before anything changes. */
    static void checkVersion(String what, Long sent, long current) {
        if (sent == null || sent != current) {
            throw Problems.staleVersion(what, sent == null ? -1 : sent, current);
        }
    }
}
