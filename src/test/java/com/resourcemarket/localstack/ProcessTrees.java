package com.resourcemarket.localstack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Stops a child process together with everything it started, so nothing is left running. */
final class ProcessTrees {

    private ProcessTrees() {
    }

    static void destroy(Process process, Duration grace) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(Math.max(1, grace.toSeconds()), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
