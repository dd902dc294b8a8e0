package org.dostap.bench.web;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile and heavy use of the real server (issue 11): the server jar runs in a child JVM at {@code heap} (512m, the
 * documented heap for 50 clients); {@code clients} threads for {@code seconds} mix distinct country-wide requests
 * (coverage and catchments of {@code region} with a centre added at a new point each time, mobile plans, optimization
 * jobs) with malformed ones (JSON {@code null}, text/plain, a body over the limit, a NUL in a name, a point at the South
 * Pole, a horizon of 2^31 weeks, broken JSON) and cheap reads. One more thread times {@code GET /api/health} every
 * 100 ms (a 503 from health, which says the database does not answer, is timed and counted apart, not as a failure:
 * failures are no answer or any other status). The child's heap is read over JMX (attach API): the heap pools' peaks and the largest heap in use sampled
 * every 500 ms. Afterwards the server must answer normally (health, a small and a country coverage) and stop on SIGTERM.
 * <p>Targets: no 500; refusals only 400/413/415/503; health p99 at most 200 ms; healthy afterwards.
 * <p>{@code store=postgis}: the regions are imported into a fresh database (dropped at the end) and the server runs with
 * {@code --db}; {@code restart_at=S} restarts PostgreSQL ({@code pg_ctlcluster <cluster> restart}, root) at S seconds.
 * <p>Args: {@code jar=web/target/dostap.jar heap=512m clients=50 seconds=60 region=BG seed=42 store=memory
 * db=$DOSTAP_TEST_DB restart_at=0 cluster="15 main" out=bench/results gc_log=FILE jvm="OPTIONS"} ({@code gc_log}: keep the server's GC log; {@code jvm}: more options
 * for the server's JVM, e.g. {@code -XX:StartFlightRecording=filename=/tmp/s.jfr}).
 */
public final class HostileLoadBench {
    private HostileLoadBench() {}

    /** Kinds of request, with their share of the mix in percent. */
    enum Kind {
        COVERAGE(30), CATCHMENTS(12), MOBILE(10), OPTIMIZE(4), MALFORMED(24), READ(20);
        final int percent;
        Kind(int percent) { this.percent = percent; }
    }

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv, Map.of("jar", "web/target/dostap.jar", "heap", "512m", "clients", "50",
                "seconds", "60", "region", "BG", "seed", "42", "store", "memory", "restart_at", "0", "cluster", "15 main"));
        BenchReport report = new BenchReport("hostile-load", args);
        String regionCode = args.text("region");
        int clients = args.integer("clients", 0), seconds = args.integer("seconds", 0);
        int restartAt = args.integer("restart_at", 0);
        boolean postgis = args.text("store").equals("postgis");
        RegionData region = new BundledRegionStore().getRegion(regionCode);
        report.put("region", regionCode).put("settlements", region.settlements().size()).put("facilities", region.facilities().size())
                .put("server_heap", args.text("heap")).put("clients", clients).put("seconds", seconds).put("store", args.text("store"));

        String dbUrl = null, database = null;
        if (postgis) {
            String admin = args.text("db", System.getenv().getOrDefault("DOSTAP_TEST_DB",
                    "jdbc:postgresql://127.0.0.1:5432/dostap_test?user=postgres&password=postgres"));
            database = "dostap_hostile_" + Long.toHexString(System.nanoTime());
            try (Connection c = DriverManager.getConnection(admin)) {
                c.createStatement().execute("CREATE DATABASE " + database);
            }
            dbUrl = admin.replaceFirst("/[A-Za-z0-9_]+\\?", "/" + database + "?");
            try (Connection c = DriverManager.getConnection(dbUrl)) {
                c.createStatement().execute("CREATE EXTENSION IF NOT EXISTS postgis");
            }
            long t0 = System.nanoTime();
            int code = new ProcessBuilder(java(), "-Xmx2g", "-jar", args.text("jar"), "import", "--db", dbUrl, "--region", regionCode)
                    .inheritIO().start().waitFor();
            report.put("import_ms", (System.nanoTime() - t0) / 1_000_000).put("import_exit_code", code);
            if (code != 0) throw new IllegalStateException("import into " + database + " failed with exit code " + code);
        }

        Path gcLog = Files.createTempFile("hostile-server-gc", ".log");
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx" + args.text("heap"), "-Xlog:gc:file=" + gcLog + ":uptime"));
        if (args.has("jvm")) cmd.addAll(List.of(args.text("jvm").trim().split("\\s+"))); // e.g. a flight recording
        cmd.addAll(List.of("-jar", args.text("jar"), "serve", "--port", "0", "--region", regionCode));
        if (dbUrl != null) cmd.addAll(List.of("--db", dbUrl));
        Path out = Files.createTempFile("hostile-server", ".out"), err = Files.createTempFile("hostile-server", ".err");
        Process server = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            long startT0 = System.nanoTime();
            int port = awaitPort(server, out, err);
            report.put("server_start_ms", (System.nanoTime() - startT0) / 1_000_000);
            HeapWatch heap = HeapWatch.attach(server.pid());
            Target target = new Target(port, regionCode);

            ThreadCpu.Reading cpuBefore = ThreadCpu.read(server.pid()), benchCpuBefore = ThreadCpu.read(ProcessHandle.current().pid());
            long start = System.nanoTime(), end = start + TimeUnit.SECONDS.toNanos(seconds);
            AtomicBoolean running = new AtomicBoolean(true);
            Map<Kind, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
            Map<String, Map<Integer, AtomicLong>> malformed = new ConcurrentHashMap<>();
            WebBench.Histogram health = new WebBench.Histogram();
            AtomicLong healthFailures = new AtomicLong();
            List<Long> healthUnavailable = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicLongArray healthMaxPerSecond = new AtomicLongArray(seconds + 30);
            Thread prober = new Thread(() -> {
                HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                while (running.get()) {
                    long t0 = System.nanoTime();
                    int s = target.send(c, "GET", "/api/health", null, null).status;
                    long nanos = System.nanoTime() - t0;
                    // 503: the server answered that its store (the database) does not answer; timed, counted apart
                    if (s == 200 || s == 503) health.record(nanos); else healthFailures.incrementAndGet();
                    if (s == 503) healthUnavailable.add((t0 - start) / 1_000_000);
                    int second = (int) ((t0 - start) / 1_000_000_000L);
                    if (second < healthMaxPerSecond.length()) healthMaxPerSecond.accumulateAndGet(second, nanos / 1_000_000, Math::max);
                    sleep(100);
                }
            }, "health");
            prober.start();
            List<Thread> threads = new ArrayList<>();
            AtomicLong sequence = new AtomicLong();
            for (int i = 0; i < clients; i++) {
                Random random = new Random(args.longInteger("seed", 0L) + i);
                Thread t = new Thread(() -> {
                    HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    while (System.nanoTime() < end) {
                        Kind kind = pick(random);
                        Requests.Request r = Requests.of(kind, region, random, sequence.incrementAndGet());
                        Reply reply = target.send(c, r.method(), r.path(), r.contentType(), r.body());
                        statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(reply.status, s -> new AtomicLong()).incrementAndGet();
                        if (kind == Kind.MALFORMED)
                            malformed.computeIfAbsent(r.label(), k -> new ConcurrentHashMap<>()).computeIfAbsent(reply.status, s -> new AtomicLong()).incrementAndGet();
                        if (reply.status == 503) sleep(200 + random.nextInt(300)); // a polite client backs off a little
                    }
                }, "client-" + i);
                threads.add(t);
                t.start();
            }
            long[] restart = restartAt > 0 ? restart(args.text("cluster"), start, restartAt) : null;
            for (Thread t : threads) t.join();
            long loadMillis = (System.nanoTime() - start) / 1_000_000;
            report.put("server_cpu_s_during_run", ThreadCpu.between(cpuBefore, ThreadCpu.read(server.pid())));
            report.put("bench_cpu_s_during_run", ThreadCpu.between(benchCpuBefore, ThreadCpu.read(ProcessHandle.current().pid())));
            // health while the admitted work drains, then afterwards
            sleep(2_000);
            running.set(false);
            prober.join();

            Map<String, Object> byKind = new LinkedHashMap<>();
            Map<Integer, Long> all = new TreeMap<>();
            for (Kind k : Kind.values()) {
                Map<Integer, Long> m = new TreeMap<>();
                statuses.getOrDefault(k, Map.of()).forEach((s, n) -> { m.put(s, n.get()); all.merge(s, n.get(), Long::sum); });
                Map<String, Object> kj = new LinkedHashMap<>();
                kj.put("share_percent", k.percent);
                kj.put("statuses", m);
                byKind.put(k.name().toLowerCase(Locale.ROOT), kj);
            }
            Map<String, Object> malformedJson = new TreeMap<>();
            malformed.forEach((label, m) -> {
                Map<Integer, Long> mm = new TreeMap<>();
                m.forEach((s, n) -> mm.put(s, n.get()));
                malformedJson.put(label, mm);
            });
            report.put("load_ms", loadMillis).put("requests", all.values().stream().mapToLong(Long::longValue).sum());
            report.put("statuses", all).put("statuses_by_kind", byKind).put("malformed_statuses", malformedJson);
            Map<String, Object> h = new LinkedHashMap<>(health.json());
            h.put("failures", healthFailures.get());
            h.put("unavailable_503", healthUnavailable.size());
            if (!healthUnavailable.isEmpty())
                h.put("unavailable_503_from_to_ms", List.of(healthUnavailable.get(0), healthUnavailable.get(healthUnavailable.size() - 1)));
            List<Long> perSecond = new ArrayList<>();
            for (int i = 0; i < Math.min(healthMaxPerSecond.length(), loadMillis / 1000 + 3); i++) perSecond.add(healthMaxPerSecond.get(i));
            h.put("max_ms_per_second", perSecond);
            report.put("health_during_run", h);
            if (restart != null) report.put("database_restart", Map.of("command", "setsid pg_ctlcluster " + args.text("cluster") + " restart",
                    "started_ms", restart[0], "finished_ms", restart[1], "exit_code", restart[2]));

            Map<String, Object> after = healthAfter(target, regionCode);
            report.put("after_run", after);
            report.put("server_heap_mb", heap.figures());
            heap.close();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            report.put("server_log_out_of_memory_lines", stderr.lines().filter(l -> l.contains("Out of memory") || l.contains("OutOfMemoryError")).count());
            report.put("server_log_stack_trace_lines", stderr.lines().filter(l -> l.startsWith("\tat ")).count());
            // the first line of each stack trace: which logger wrote it and why, so a run says where to look
            List<String> lines = stderr.lines().toList();
            Map<String, Long> traced = new LinkedHashMap<>();
            for (int i = 1; i < lines.size(); i++)
                if (lines.get(i).startsWith("\tat ") && !lines.get(i - 1).startsWith("\tat ")) {
                    int k = i - 1;
                    while (k > 0 && (lines.get(k).startsWith("Caused by") || lines.get(k).startsWith("\t"))) k--;
                    String head = lines.get(k).replaceFirst("^\\d\\d:\\d\\d:\\d\\d ", "").replaceAll("\\[[^\\]]*\\] ", "");
                    traced.merge(head.length() > 160 ? head.substring(0, 160) : head, 1L, Long::sum);
                }
            report.put("server_log_stack_traces", traced);
            report.put("server_gc", GcLog.summary(Files.readAllLines(gcLog)));
            if (args.has("gc_log")) Files.copy(gcLog, Path.of(args.text("gc_log")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            long t0 = System.nanoTime();
            server.destroy(); // SIGTERM
            boolean stopped = server.waitFor(20, TimeUnit.SECONDS);
            report.put("stopped_by_sigterm", stopped).put("sigterm_stop_ms", stopped ? (System.nanoTime() - t0) / 1_000_000 : -1);

            long unexpected = all.entrySet().stream().filter(e -> !List.of(200, 201, 202, 400, 404, 413, 415, 503).contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            Map<String, Object> targets = new LinkedHashMap<>();
            targets.put("no_500", all.getOrDefault(500, 0L) == 0);
            targets.put("refusals_only_400_413_415_503", unexpected == 0);
            targets.put("health_p99_at_most_200_ms", (Double) h.get("p99_ms") <= 200 && healthFailures.get() == 0);
            targets.put("healthy_after", after.get("healthy"));
            report.put("targets", targets);
            report.put("load_average_1min", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (Files.readString(out).isEmpty() && stderr.isEmpty()) report.put("server_output", "none");
            else report.put("server_stderr_tail", tail(stderr, 15));
        } finally {
            if (server.isAlive()) server.destroyForcibly().waitFor();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            Files.deleteIfExists(gcLog);
            if (database != null) dropDatabase(args, database);
        }
        report.write(Path.of(args.text("out", "bench/results")));
    }

    private static Kind pick(Random random) {
        int dice = random.nextInt(100), sum = 0;
        for (Kind k : Kind.values()) if (dice < (sum += k.percent)) return k;
        return Kind.READ;
    }

    /** Health, a small coverage and the country coverage after the run, each retried for up to 30 s while work drains. */
    private static Map<String, Object> healthAfter(Target target, String region) {
        HttpClient c = HttpClient.newHttpClient();
        Map<String, Object> m = new LinkedHashMap<>();
        boolean healthy = true;
        for (String[] probe : new String[][] {{"GET", "/api/health"}, {"GET", "/api/regions"},
                {"GET", "/api/regions/" + region + "/coverage?service=crisis"}}) {
            long t0 = System.nanoTime(), deadline = t0 + TimeUnit.SECONDS.toNanos(30);
            Reply r;
            do {
                r = target.send(c, probe[0], probe[1], null, null);
                if (r.status != 503) break;
                sleep(1000);
            } while (System.nanoTime() < deadline);
            m.put(probe[0] + " " + probe[1], Map.of("status", r.status, "ms", (System.nanoTime() - t0) / 1_000_000, "bytes", r.bytes));
            healthy &= r.status == 200;
        }
        m.put("healthy", healthy);
        return m;
    }

    private static int awaitPort(Process server, Path out, Path err) throws Exception {
        Pattern p = Pattern.compile("Dostap is running: http://127\\.0\\.0\\.1:(\\d+)/");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < end) {
            Matcher m = p.matcher(Files.readString(out));
            if (m.find()) return Integer.parseInt(m.group(1));
            if (!server.isAlive()) break;
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not start:\n" + Files.readString(out) + Files.readString(err));
    }

    private static long[] restart(String cluster, long startNanos, int atSeconds) throws Exception {
        Thread.sleep(Math.max(0, startNanos + TimeUnit.SECONDS.toNanos(atSeconds) - System.nanoTime()) / 1_000_000);
        long t0 = (System.nanoTime() - startNanos) / 1_000_000;
        // setsid: the restarted PostgreSQL gets a session of its own, so ending the bench's process group never stops it
        List<String> cmd = new ArrayList<>(List.of("setsid", "pg_ctlcluster"));
        cmd.addAll(List.of(cluster.trim().split("\\s+")));
        cmd.add("restart");
        System.err.println("[hostile] " + t0 + " ms: " + String.join(" ", cmd));
        int code = new ProcessBuilder(cmd).inheritIO().start().waitFor();
        return new long[] {t0, (System.nanoTime() - startNanos) / 1_000_000, code};
    }

    private static void dropDatabase(BenchArgs args, String database) {
        String admin = args.text("db", System.getenv().getOrDefault("DOSTAP_TEST_DB",
                "jdbc:postgresql://127.0.0.1:5432/dostap_test?user=postgres&password=postgres"));
        for (int i = 0; i < 30; i++) {
            try (Connection c = DriverManager.getConnection(admin)) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                return;
            } catch (Exception e) {
                sleep(1000); // the database may still be restarting
            }
        }
        System.err.println("[hostile] could not drop database " + database + "; drop it by hand");
    }

    private static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    private static List<String> tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return all.subList(Math.max(0, all.size() - lines), all.size());
    }

    static void sleep(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    /** A status (-1: no answer: timeout or connection failure) and the size of the body. */
    record Reply(int status, int bytes) { }

    /** The server on loopback; requests time out after 150 s (the server stops work after 120 s). */
    record Target(int port, String region) {
        Reply send(HttpClient client, String method, String path, String contentType, byte[] body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(150));
            if (contentType != null) b.header("Content-Type", contentType);
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            try {
                HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(r.statusCode(), r.body().length);
            } catch (IOException e) {
                return new Reply(-1, 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Reply(-1, 0);
            }
        }
    }

    /** The requests of each kind; country-wide ones add a centre near a random settlement, so none is a cache hit. */
    static final class Requests {
        record Request(String label, String method, String path, String contentType, byte[] body) { }

        private static final String[] SERVICES = {"community-support", "crisis", "rehabilitation"};

        static Request of(Kind kind, RegionData region, Random random, long n) {
            String base = "/api/regions/" + region.code();
            String service = SERVICES[random.nextInt(SERVICES.length)];
            return switch (kind) {
                case COVERAGE -> json("coverage", base + "/coverage", "{\"service\":\"" + service + "\",\"threshold_min\":"
                        + (15 + 15 * random.nextInt(4)) + ",\"edits\":[" + add(region, random, n, service) + "]}");
                case CATCHMENTS -> json("catchments", base + "/catchments", "{\"service\":\"" + service + "\",\"thresholds_min\":[30,60],"
                        + "\"edits\":[" + add(region, random, n, service) + "]}");
                case MOBILE -> json("mobile", base + "/mobile", "{\"threshold_min\":" + (15 + random.nextInt(30)) + ",\"horizon_weeks\":"
                        + 2 * (2 + random.nextInt(25)) + ",\"teams\":" + (1 + random.nextInt(3)) + "}");
                case OPTIMIZE -> json("optimize", base + "/optimize/jobs", "{\"service\":\"" + service + "\",\"problem\":\"mclp\",\"sites\":"
                        + (1 + random.nextInt(5)) + ",\"threshold_min\":30,\"candidates\":\"municipal-seats\",\"time_limit_sec\":20}");
                case MALFORMED -> malformed(base, region, random, n, service);
                case READ -> random.nextBoolean() ? new Request("region", "GET", base, null, null)
                        : new Request("coverage-baseline", "GET", base + "/coverage?service=" + service, null, null);
            };
        }

        private static Request malformed(String base, RegionData region, Random random, long n, String service) {
            return switch (random.nextInt(8)) {
                case 0 -> json("null-body", base + "/coverage", "null");
                case 1 -> new Request("text-plain", "POST", base + "/scenarios", "text/plain",
                        "{\"name\":\"x\",\"edits\":[]}".getBytes(StandardCharsets.UTF_8));
                case 2 -> json("too-large", base + "/coverage", "{\"service\":\"crisis\",\"pad\":\"" + "x".repeat(300 * 1024) + "\"}");
                case 3 -> json("nul-in-name", base + "/scenarios", "{\"name\":\"plan\\u0000" + n + "\",\"edits\":[]}");
                case 4 -> json("south-pole", base + "/coverage", "{\"service\":\"" + service + "\",\"edits\":[{\"kind\":\"add\","
                        + "\"facility_id\":\"p" + n + "\",\"service_type\":\"" + service + "\",\"lon\":0,\"lat\":-90}]}");
                case 5 -> json("huge-horizon", base + "/mobile", "{\"horizon_weeks\":2147483647}");
                case 6 -> json("broken-json", base + "/coverage", "{\"service\":");
                default -> json("array-body", base + "/optimize/jobs", "[1,2,3]");
            };
        }

        private static String add(RegionData region, Random random, long n, String service) {
            Settlement s = region.settlements().get(random.nextInt(region.settlements().size()));
            return String.format(Locale.ROOT, "{\"kind\":\"add\",\"facility_id\":\"hostile-%d\",\"service_type\":\"%s\",\"lon\":%.5f,\"lat\":%.5f}",
                    n, service, s.location().lon() + (random.nextDouble() - 0.5) * 0.02, s.location().lat() + (random.nextDouble() - 0.5) * 0.02);
        }

        private static Request json(String label, String path, String body) {
            return new Request(label, "POST", path, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
