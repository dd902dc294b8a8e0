package org.dostap.bench.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of a process's threads, grouped by thread name without its number ({@code JettyServerThreadPool-12} ->
 * {@code JettyServerThreadPool}), read from {@code /proc/<pid>/task} (Linux; empty elsewhere). The difference of two
 * readings says where the server's CPU went during a run: Jetty's threads, the heavy-work threads, GC, the compiler.
 */
final class ThreadCpu {
    private ThreadCpu() {}

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    /** Ticks (user + system) per thread id, with the thread's group name. */
    record Reading(Map<Long, String> names, Map<Long, Long> ticks) { }

    static Reading read(long pid) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    String[] f = stat.substring(close + 2).split(" ");
                    long tid = Long.parseLong(task.getFileName().toString());
                    names.put(tid, group(stat.substring(open + 1, close)));
                    ticks.put(tid, Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime, stime (fields 14, 15)
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            });
        } catch (IOException e) {
            return new Reading(Map.of(), Map.of());
        }
        return new Reading(names, ticks);
    }

    /** CPU seconds per thread group between {@code before} and {@code after}, largest first, and the total. */
    static Map<String, Object> between(Reading before, Reading after) {
        Map<String, Long> byGroup = new TreeMap<>();
        after.ticks().forEach((tid, t) -> byGroup.merge(after.names().get(tid), t - before.ticks().getOrDefault(tid, 0L), Long::sum));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total_cpu_s", Math.round(byGroup.values().stream().mapToLong(Long::longValue).sum() / TICKS_PER_SECOND * 10) / 10.0);
        byGroup.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() / TICKS_PER_SECOND * 10) / 10.0));
        return out;
    }

    /** {@code JettyServerThre} (Linux keeps 15 characters) and {@code GC Thread#1} -> {@code JettyServerThre}, {@code GC Thread}. */
    private static String group(String comm) {
        return comm.replaceAll("[-#]?\\d+$", "").trim();
    }
}
