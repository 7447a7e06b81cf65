package com.resourcemarket.core.changestream;

import org.apache.kafka.connect.runtime.WorkerConfig;
import org.apache.kafka.connect.storage.MemoryOffsetBackingStore;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Debezium's offset storage, backed by the {@link StreamPositionStore} of the running {@link ChangeStream} instead
 * of a file or a Kafka topic. Debezium instantiates it by class name, hence the static hand-over.
 */
public class StreamOffsets extends MemoryOffsetBackingStore {

    private static volatile StreamPositionStore current;

    static void use(StreamPositionStore store) {
        current = store;
    }

    @Override
    public void configure(WorkerConfig config) {
        super.configure(config);
    }

    @Override
    public synchronized void start() {
        super.start();
        StreamPositionStore store = current;
        if (store != null) {
            data = decode(store.load());
        }
    }

    @Override
    protected void save() {
        StreamPositionStore store = current;
        if (store != null) {
            store.applied(encode(data));
        }
    }

    @Override
    public Set<Map<String, Object>> connectorPartitions(String connectorName) {
        return Set.of(); // only Kafka Connect's REST API asks, and the embedded engine has none
    }

    static Map<String, String> encode(Map<ByteBuffer, ByteBuffer> offsets) {
        Map<String, String> out = new HashMap<>();
        Base64.Encoder b64 = Base64.getEncoder();
        offsets.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(b64.encodeToString(bytes(k)), b64.encodeToString(bytes(v)));
            }
        });
        return out;
    }

    static Map<ByteBuffer, ByteBuffer> decode(Map<String, String> stored) {
        Map<ByteBuffer, ByteBuffer> out = new HashMap<>();
        Base64.Decoder b64 = Base64.getDecoder();
        stored.forEach((k, v) -> out.put(ByteBuffer.wrap(b64.decode(k)), ByteBuffer.wrap(b64.decode(v))));
        return out;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
