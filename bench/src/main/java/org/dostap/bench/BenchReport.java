package org.dostap.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Shared output of every benchmark program: one JSON file per run under {@code bench/results/}
 * (name, git commit, timestamp, machine, plus the program's own figures), also printed to stdout.
 */
public final class BenchReport {
    private final String name;
    private final Map<String, Object> root = new LinkedHashMap<>();

    public BenchReport(String name, Map<String, String> args) {
        this.name = name;
        root.put("benchmark", name);
        root.put("git_commit", gitCommit());
        root.put("timestamp", Instant.now().toString());
        root.put("available_processors", Runtime.getRuntime().availableProcessors());
        root.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        root.put("java_version", System.getProperty("java.version"));
        root.put("args", args);
    }

    /** The report of a run with {@code args}: a bad argument ends the program here (exit 2), every problem listed. */
    public BenchReport(String name, BenchArgs args) {
        this(name, args.check().map());
    }

    /** Parses {@code key=value} arguments. */
    public static Map<String, String> parseArgs(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("arguments are key=value, got '" + a + "'");
            m.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return m;
    }

    public BenchReport put(String key, Object value) {
        root.put(key, value);
        return this;
    }

    /** Peak heap use (sum of the heap pools' peaks) in MB since start or the last reset. */
    public static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        return peak / (1024 * 1024);
    }

    public static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    /** Writes {@code bench/results/<name>-<commit>-<epoch>.json} (or into {@code dir}) and prints it. */
    public Path write(Path dir) throws IOException {
        root.put("peak_heap_mb", peakHeapMb());
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String json = om.writeValueAsString(root);
        Files.createDirectories(dir);
        Path out = dir.resolve(name + "-" + root.get("git_commit") + "-" + Instant.now().getEpochSecond() + ".json");
        Files.writeString(out, json);
        System.out.println(json);
        System.err.println("wrote " + out);
        return out;
    }

    public static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
