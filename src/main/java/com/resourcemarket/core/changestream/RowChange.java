package com.resourcemarket.core.changestream;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One committed row change read from the binlog, in commit order.
 *
 * @param table     the table name (no schema)
 * @param operation what happened to the row
 * @param before    the row before the change (null for an insert); column name → value as Debezium decodes it
 * @param after     the row after the change (null for a delete)
 * @param committed when the database committed it (the binlog event's time), for the lag
 */
public record RowChange(String table, Operation operation, Map<String, Object> before, Map<String, Object> after,
                        Instant committed) {

    public enum Operation { INSERT, UPDATE, DELETE }

    /** The column's value from the row after the change, else before it (a delete). */
    public Object value(String column) {
        if (after != null && after.containsKey(column)) {
            return after.get(column);
        }
        return before == null ? null : before.get(column);
    }

    /** A BINARY(16) id column as the UUID the application stores in it; null when absent. */
    public UUID uuid(String column) {
        return toUuid(value(column));
    }

    /** Both images' values of a BINARY(16) column, e.g. an owner that changed. */
    public UUID uuidBefore(String column) {
        return before == null ? null : toUuid(before.get(column));
    }

    public String text(String column) {
        Object v = value(column);
        return v == null ? null : v.toString();
    }

    static UUID toUuid(Object value) {
        if (value == null) {
            return null;
        }
        ByteBuffer bytes = value instanceof ByteBuffer b ? b.duplicate() : value instanceof byte[] a ? ByteBuffer.wrap(a) : null;
        if (bytes == null || bytes.remaining() != 16) {
            return null;
        }
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
