package com.resourcemarket.core.persistence;

import jakarta.persistence.EntityManager;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

/**
 * Row locks ({@code SELECT … FOR UPDATE}) written as plain SQL that MySQL 8 and MariaDB both accept: Hibernate's MySQL
 * dialect writes {@code for update of <alias>}, which MariaDB refuses. Taken as the first read of a transaction, the
 * lock also makes every later read of that transaction at least as new as the lock (InnoDB takes its read view at the
 * first plain read), which is what lets a step decide from rows other than the locked one.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /**
     * Locks the row of {@code table} whose {@code column} (a BINARY(16) id) is {@code id}; false when there is none.
     * Table and column are the caller's constants, never request input.
     */
    public static boolean lock(EntityManager em, String table, String column, UUID id) {
        List<?> rows = em.createNativeQuery("SELECT 1 FROM " + table + " WHERE " + column + " = ?1 FOR UPDATE")
                .setParameter(1, bytes(id)).getResultList();
        return !rows.isEmpty();
    }

    /** A UUID as its BINARY(16) column value (most significant bits first, as Hibernate stores it). */
    public static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    /** The UUID of a BINARY(16) column value. */
    public static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
