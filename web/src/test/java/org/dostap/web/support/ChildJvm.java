package org.dostap.web.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code dostap} in a child JVM (the test's own classpath, {@code org.dostap.web.Main}) with its own heap limit,
 * output captured to files: for tests where memory, signals or exit codes are the point.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private ChildJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code dostap args...} with {@code -Xmx<heap>} and the extra environment. */
    public static ChildJvm start(String heap, Map<String, String> env, String... args) throws IOException {
        return start(false, heap, env, args);
    }

    /**
     * As {@link #start(String, Map, String...)}; with {@code interruptible} the child gets the default SIGINT action
     * even when this JVM was started with SIGINT ignored (a background job), through a python3 exec wrapper.
     */
    public static ChildJvm start(boolean interruptible, String heap, Map<String, String> env, String... args) throws IOException {
        String jar = System.getProperty("dostap.test.serverJar"); // to show a test failing on an older build
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jar == null || jar.isBlank() ? List.of("-cp", System.getProperty("java.class.path"), "org.dostap.web.Main")
                : List.of("-jar", jar));
        cmd.addAll(List.of(args));
        if (interruptible) {
            List<String> wrapped = new ArrayList<>(List.of("python3", "-c",
                    "import os,signal,sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"));
            wrapped.addAll(cmd);
            cmd = wrapped;
        }
        Path out = Files.createTempFile("dostap-child", ".out"), err = Files.createTempFile("dostap-child", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        return new ChildJvm(pb.start(), out, err);
    }

    public Process process() { return process; }

    public String stdout() { return read(out); }

    public String stderr() { return read(err); }

    /** Waits until stdout has a match of {@code regex}; returns group 1 (or the match). */
    public String awaitStdout(String regex, Duration timeout) throws InterruptedException {
        Pattern p = Pattern.compile(regex);
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Matcher m = p.matcher(stdout());
            if (m.find()) return m.groupCount() > 0 ? m.group(1) : m.group();
            if (!process.isAlive()) break;
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + regex + "' in the output within " + timeout + "; stdout:\n" + stdout() + "\nstderr:\n" + stderr());
    }

    /** Sends SIGINT (Ctrl+C). */
    public void interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
            throw new AssertionError("still running after " + timeout + "; stdout:\n" + stdout() + "\nstderr:\n" + stderr());
        return process.exitValue();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        } catch (IOException ignored) {
            // temp files
        }
    }
}
