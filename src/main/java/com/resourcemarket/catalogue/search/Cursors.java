package com.resourcemarket.catalogue.search;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * Opaque page cursors: the sort values of the last hit of a page (base64url). Positions are by value, not by
 * Lucene doc number, so a cursor stays valid across index refreshes and merges; the unique id at the end of
 * every sort makes the position exact.
 */
final class Cursors {

    private static final int FORMAT = 1;
    private static final byte NULL = 0, FLOAT = 1, DOUBLE = 2, LONG = 3, INT = 4, BYTES = 5;

    private Cursors() {
    }

    static String encode(SortOrder sort, FieldDoc last) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(sort.ordinal());
            out.writeByte(last.fields.length);
            for (Object value : last.fields) {
                if (value == null) {
                    out.writeByte(NULL);
                } else if (value instanceof Float f) {
                    out.writeByte(FLOAT);
                    out.writeFloat(f);
                } else if (value instanceof Double d) {
                    out.writeByte(DOUBLE);
                    out.writeDouble(d);
                } else if (value instanceof Long l) {
                    out.writeByte(LONG);
                    out.writeLong(l);
                } else if (value instanceof Integer i) {
                    out.writeByte(INT);
                    out.writeInt(i);
                } else if (value instanceof BytesRef b) {
                    out.writeByte(BYTES);
                    out.writeShort(b.length);
                    out.write(b.bytes, b.offset, b.length);
                } else {
                    throw new IllegalStateException("Unexpected sort value " + value.getClass());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * @param doc the Lucene doc number to put in the position: only consulted when every sort value ties, which
     *            with the unique id means "this very resource", so the caller passes the highest doc number to
     *            skip it
     * @throws IllegalArgumentException when the cursor is malformed or was made for another sort order
     */
    static FieldDoc decode(String cursor, SortOrder sort, int sortFields, int doc) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
            if (in.readByte() != FORMAT || in.readByte() != sort.ordinal() || in.readByte() != sortFields) {
                throw new IllegalArgumentException("Cursor does not belong to this query");
            }
            Object[] values = new Object[sortFields];
            for (int i = 0; i < sortFields; i++) {
                byte type = in.readByte();
                values[i] = switch (type) {
                    case NULL -> null;
                    case FLOAT -> in.readFloat();
                    case DOUBLE -> in.readDouble();
                    case LONG -> in.readLong();
                    case INT -> in.readInt();
                    case BYTES -> {
                        byte[] b = new byte[in.readUnsignedShort()];
                        in.readFully(b);
                        yield new BytesRef(b);
                    }
                    default -> throw new IllegalArgumentException("Malformed cursor");
                };
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("Malformed cursor");
            }
            return new FieldDoc(doc, Float.NaN, values);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Malformed cursor", e);
        }
    }
}
