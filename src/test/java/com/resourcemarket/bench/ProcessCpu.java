package com.resourcemarket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time a process (and its threads) has used so far, from /proc/&lt;pid&gt;/stat (Linux). */
final class ProcessCpu {

    /** Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ; 100 on every Linux these machines run). */
    private static final double TICKS_PER_SECOND = Double.parseDouble(System.getProperty("bench.clk-tck", "100"));

    private ProcessCpu() {
    }

    /** User + system CPU seconds of {@code pid}; 0 when it cannot be read. */
    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name (which may hold spaces) start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(fields[11]);
            long stime = Long.parseLong(fields[12]);
            return (utime + stime) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
