package org.dostap.bench.web;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.store.InMemoryScenarioStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.app.WebApp;
import org.dostap.web.app.WebConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The web server on the bundled pilot, in one JVM (run it with -Xmx512m):
 * 1. serial latency of POST /coverage on loopback: baseline (no edits) against one scenario edit (a centre added
 *    at a new random point each time, so every request computes a fresh travel-time column);
 * 2. the page's first full render in headless Chromium (performance mark 'dostap-first-render'), when browser=true;
 * 3. load: {@code clients} concurrent clients for {@code seconds}, baseline first, then with one edit drawn from
 *    {@code sites} fixed random points. Latency percentiles, throughput, errors; peak heap of the whole JVM.
 * Arguments (key=value): region=SML service=community-support thresholdMin=30 serial=1000 clients=50 seconds=60
 * sites=200 browser=true loads=5 seed=42 out=bench/results
 */
public final class WebBench {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv, Map.of("region", "SML", "service", "community-support", "thresholdMin", "30",
                "serial", "1000", "clients", "50", "seconds", "60", "sites", "200", "browser", "true", "loads", "5", "seed", "42"));
        BenchReport report = new BenchReport("web", args);
        BundledRegionStore store = new BundledRegionStore();
        RegionData region = store.getRegion(args.text("region"));
        AccessAnalysis analysis = new AccessAnalysis(store, EstimatedTravelTimes.defaults());
        try (WebApp app = new WebApp(analysis, new InMemoryScenarioStore(),
                new WebConfig("127.0.0.1", 0, java.util.Optional.empty(), java.util.Optional.empty(), WebConfig.DEFAULT_MAX_REQUEST_BYTES)).start()) {
            Endpoint endpoint = new Endpoint(app.port(), region.code(), args.text("service"), args.integer("thresholdMin", 0));
            Random random = new Random(args.longInteger("seed", 0L));
            Box box = Box.of(region);
            report.put("settlements", region.settlements().size()).put("facilities", region.facilities().size());
            report.put("travel_time_source", "estimated");

            for (int i = 0; i < 50; i++) endpoint.post(HttpClient.newHttpClient(), endpoint.body(i % 2 == 0 ? null : box.random(random)));
            int serial = args.integer("serial", 0);
            HttpClient client = HttpClient.newHttpClient();
            long[] baseline = new long[serial], oneEdit = new long[serial];
            for (int i = 0; i < serial; i++) {
                baseline[i] = endpoint.post(client, endpoint.body(null));
                oneEdit[i] = endpoint.post(client, endpoint.body(box.random(random)));
            }
            report.put("serial_baseline_ms", Stats.of(baseline).json());
            report.put("serial_one_edit_ms", Stats.of(oneEdit).json());
            report.put("serial_one_edit_p95_vs_baseline", Stats.ratio(Stats.of(oneEdit).p95, Stats.of(baseline).p95));
            report.put("in_process", InProcess.measure(analysis, region, args.text("service"), args.integer("thresholdMin", 0),
                    serial, random, box::random));

            if (args.flag("browser", false)) report.put("page_first_render_ms", PageRender.measure(app.url(), args.integer("loads", 0)));

            int clients = args.integer("clients", 0);
            int seconds = args.integer("seconds", 0);
            List<String> siteBodies = new ArrayList<>();
            for (int i = 0; i < args.integer("sites", 0); i++) siteBodies.add(endpoint.body(box.random(random)));
            BenchReport.resetPeakHeap();
            Map<String, Object> loadBaseline = load(endpoint, clients, seconds, List.of(endpoint.body(null)), args.longInteger("seed", 0L));
            Map<String, Object> loadEdit = load(endpoint, clients, seconds, siteBodies, args.longInteger("seed", 0L));
            report.put("load_baseline", loadBaseline).put("load_one_edit", loadEdit);
            report.put("load_one_edit_p99_vs_baseline", Stats.ratio((Double) loadEdit.get("p99_ms"), (Double) loadBaseline.get("p99_ms")));
            report.put("load_average_1min", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            report.write(Path.of(args.text("out", "bench/results")));
        }
    }

    private static Map<String, Object> load(Endpoint endpoint, int clients, int seconds, List<String> bodies, long seed) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        Histogram histogram = new Histogram();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed + c);
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                while (System.nanoTime() < end) {
                    long nanos = endpoint.post(client, bodies.get(random.nextInt(bodies.size())));
                    if (nanos < 0) errors.incrementAndGet();
                    else histogram.record(nanos);
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        Map<String, Object> out = new LinkedHashMap<>(histogram.json());
        out.put("clients", clients);
        out.put("seconds", seconds);
        out.put("errors", errors.get());
        out.put("requests_per_second", Math.round(histogram.count() / (double) seconds * 10) / 10.0);
        out.put("peak_heap_mb_so_far", BenchReport.peakHeapMb());
        return out;
    }

    /** Latencies in 10-microsecond buckets up to 10 s (the last bucket holds anything slower): small and thread-safe. */
    static final class Histogram {
        private static final int BUCKET_NANOS = 10_000;
        private final java.util.concurrent.atomic.AtomicLongArray buckets = new java.util.concurrent.atomic.AtomicLongArray(1_000_001);
        private final AtomicLong count = new AtomicLong(), sumNanos = new AtomicLong(), maxNanos = new AtomicLong();

        void record(long nanos) {
            buckets.incrementAndGet((int) Math.min(buckets.length() - 1, nanos / BUCKET_NANOS));
            count.incrementAndGet();
            sumNanos.addAndGet(nanos);
            maxNanos.accumulateAndGet(nanos, Math::max);
        }

        long count() { return count.get(); }

        double percentileMs(double q) {
            long target = (long) Math.ceil(q * count.get()), seen = 0;
            for (int i = 0; i < buckets.length(); i++) {
                seen += buckets.get(i);
                if (seen >= target && target > 0) return (i + 1L) * BUCKET_NANOS / 1e6;
            }
            return 0;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", count.get());
            m.put("p50_ms", percentileMs(0.50)); m.put("p95_ms", percentileMs(0.95)); m.put("p99_ms", percentileMs(0.99));
            m.put("max_ms", Math.round(maxNanos.get() / 10_000.0) / 100.0);
            m.put("mean_ms", count.get() == 0 ? 0 : Math.round(sumNanos.get() / (double) count.get() / 10_000.0) / 100.0);
            return m;
        }
    }

    /** POST /api/regions/{code}/coverage; returns the latency in ns, or -1 for a failure (non-200 or I/O error). */
    record Endpoint(int port, String region, String service, int thresholdMin) {
        String body(double[] addAt) {
            String edits = addAt == null ? "[]" : String.format(Locale.ROOT, "[{\"kind\":\"add\",\"facility_id\":\"bench-new\","
                    + "\"service_type\":\"%s\",\"lon\":%.6f,\"lat\":%.6f}]", service, addAt[0], addAt[1]);
            return "{\"service\":\"" + service + "\",\"threshold_min\":" + thresholdMin + ",\"edits\":" + edits + "}";
        }

        long post(HttpClient client, String body) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/regions/" + region + "/coverage"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long nanos = System.nanoTime() - start;
                return r.statusCode() == 200 && r.body().length > 1000 ? nanos : -1;
            } catch (Exception e) {
                return -1;
            }
        }
    }

    /** The settlements' bounding box: random points inside it. */
    record Box(double minLon, double minLat, double maxLon, double maxLat) {
        static Box of(RegionData r) {
            double[] b = {180, 90, -180, -90};
            r.settlements().forEach(s -> {
                b[0] = Math.min(b[0], s.location().lon()); b[1] = Math.min(b[1], s.location().lat());
                b[2] = Math.max(b[2], s.location().lon()); b[3] = Math.max(b[3], s.location().lat());
            });
            return new Box(b[0], b[1], b[2], b[3]);
        }

        double[] random(Random random) {
            return new double[] {minLon + random.nextDouble() * (maxLon - minLon), minLat + random.nextDouble() * (maxLat - minLat)};
        }
    }

    /** Percentiles of nanosecond samples, reported in milliseconds. */
    record Stats(int n, double p50, double p95, double p99, double max, double mean) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            if (s.length == 0) return new Stats(0, 0, 0, 0, 0, 0);
            return new Stats(s.length, ms(pick(s, 0.50)), ms(pick(s, 0.95)), ms(pick(s, 0.99)), ms(s[s.length - 1]),
                    ms((long) Arrays.stream(s).average().orElse(0)));
        }

        private static long pick(long[] sorted, double q) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
        }

        private static double ms(long nanos) { return Math.round(nanos / 10_000.0) / 100.0; }

        static double ratio(double a, double b) { return b == 0 ? 0 : Math.round(a / b * 100) / 100.0; }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", n); m.put("p50_ms", p50); m.put("p95_ms", p95); m.put("p99_ms", p99); m.put("max_ms", max); m.put("mean_ms", mean);
            return m;
        }
    }
}
