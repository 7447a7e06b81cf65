package com.resourcemarket.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Closed-loop (N clients, each sending its next request when the answer arrives) and open-loop (requests started at a
 * fixed rate whatever the answers do) load over real HTTP, with latencies and errors. Open-loop latency is measured
 * from the moment a request was due, so a stalled server shows in the figures (no coordinated omission).
 */
final class Load {

    /** What one phase measured. */
    record Result(String name, long requests, long errors, Map<String, Long> errorKinds, double seconds,
                  long[] sortedNanos) {

        double throughput() {
            return requests / seconds;
        }

        double percentileMs(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }

        double maxMs() {
            return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %8d req %7.1f req/s  p50 %7.2f  p90 %7.2f  p99 %7.2f  max %8.2f ms  errors %d %s",
                    name, requests, throughput(), percentileMs(50), percentileMs(90), percentileMs(99), maxMs(), errors,
                    errorKinds.isEmpty() ? "" : errorKinds);
        }
    }

    private final HttpClient http;

    Load(HttpClient http) {
        this.http = http;
    }

    /** {@code clients} threads, each sending requests back to back for {@code seconds}; request i from {@code requests}. */
    Result closed(String name, int clients, double seconds, LongFunction<HttpRequest> requests) throws InterruptedException {
        Recorder recorder = new Recorder();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.apply(sequence.getAndIncrement());
                    long t0 = System.nanoTime();
                    send(request, t0, recorder);
                }
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return recorder.result(name, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Starts {@code rate} requests a second for {@code seconds} on a pool of {@code maxInFlight} threads; a request
     * that has to wait for a free thread counts its wait.
     */
    Result open(String name, double rate, double seconds, int maxInFlight, LongFunction<HttpRequest> requests)
            throws InterruptedException {
        Recorder recorder = new Recorder();
        ExecutorService pool = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread t = new Thread(r, "bench-open");
            t.setDaemon(true);
            return t;
        });
        long total = (long) (rate * seconds);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            HttpRequest request = requests.apply(i);
            pool.execute(() -> send(request, due, recorder));
        }
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        return recorder.result(name, (System.nanoTime() - start) / 1e9);
    }

    private void send(HttpRequest request, long startNanos, Recorder recorder) {
        String error = null;
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                error = "HTTP " + response.statusCode();
            }
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        recorder.record(System.nanoTime() - startNanos, error);
    }

    /** Latencies of one phase, from many threads. */
    private static final class Recorder {
        private final List<long[]> chunks = new ArrayList<>();
        private final ThreadLocal<long[]> current = new ThreadLocal<>();
        private final ThreadLocal<int[]> fill = ThreadLocal.withInitial(() -> new int[1]);
        private final Map<String, Long> errors = new ConcurrentHashMap<>();
        private final AtomicLong count = new AtomicLong();

        void record(long nanos, String error) {
            long[] chunk = current.get();
            int[] n = fill.get();
            if (chunk == null || n[0] == chunk.length) {
                chunk = new long[4096];
                n[0] = 0;
                current.set(chunk);
                synchronized (chunks) {
                    chunks.add(chunk);
                }
            }
            // A free slot is 0; record at least 1 ns so the slot counts.
            chunk[n[0]++] = Math.max(1, nanos);
            count.incrementAndGet();
            if (error != null) {
                errors.merge(error, 1L, Long::sum);
            }
        }

        Result result(String name, double seconds) {
            long[] all;
            synchronized (chunks) {
                all = chunks.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).toArray();
            }
            Arrays.sort(all);
            long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
            return new Result(name, all.length, errorCount, Map.copyOf(errors), seconds, all);
        }
    }
}
