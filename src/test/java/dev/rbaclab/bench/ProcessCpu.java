package dev.rbaclab.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of a process from /proc (utime + stime), and the machine's load average, to show what else ran. */
record ProcessCpu(long pid, long ticks, long nanos) {

    /** USER_HZ on Linux. */
    static final double TICKS_PER_SECOND = 100;

    static ProcessCpu of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new ProcessCpu(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProcessCpu self() {
        return of(ProcessHandle.current().pid());
    }

    /** Percent of one core used since this reading (2 cores = 200 %). */
    double percentSince() {
        ProcessCpu now = of(pid);
        return (now.ticks - ticks) / TICKS_PER_SECOND / ((now.nanos - nanos) / 1e9) * 100;
    }

    /** The one-minute load average of the machine. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
