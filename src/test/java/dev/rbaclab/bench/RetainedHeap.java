package dev.rbaclab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of another JVM: {@code jcmd <pid> GC.class_histogram} runs a full GC and counts every object still
 * reachable, so its total is the retained heap, free of garbage that has not been collected yet. Read twice, the
 * second time after the first full GC let finalizers and soft references settle. The bytes per class say where a
 * growth went.
 */
record RetainedHeap(long total, Map<String, Long> bytesByClass) {

    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    static RetainedHeap of(long pid) throws IOException, InterruptedException {
        histogram(pid);
        String output = histogram(pid);
        Matcher total = TOTAL.matcher(output);
        if (!total.find()) {
            throw new IllegalStateException("jcmd printed no total: " + output.substring(0, Math.min(500, output.length())));
        }
        Map<String, Long> byClass = new HashMap<>();
        Matcher row = ROW.matcher(output);
        while (row.find()) {
            byClass.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return new RetainedHeap(Long.parseLong(total.group(2)), Map.copyOf(byClass));
    }

    /** The classes that grew most since {@code before}, as (class, bytes grown). */
    List<Map.Entry<String, Long>> growthSince(RetainedHeap before, int limit) {
        return bytesByClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit).toList();
    }

    private static String histogram(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }
}
