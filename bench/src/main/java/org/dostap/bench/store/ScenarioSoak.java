package org.dostap.bench.store;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.postgis.DatabaseUrl;
import org.dostap.data.postgis.PostgisStores;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Reliability soak of {@link org.dostap.data.postgis.PostgisScenarioStore}: {@code clients} threads save and load
 * scenarios for {@code seconds} on loopback; at {@code restart_at} seconds the PostgreSQL cluster is restarted with
 * {@code pg_ctlcluster <cluster> restart} (root; {@code restart_at=0} for none). At the end every client's stored counter
 * is checked against the saves that were acknowledged (no lost update), and the shared scenario's counter against the
 * acknowledged increments. Errors are classified as during the outage (restart start .. every client recovered) or not.
 * <p>Args (key=value): {@code db} (default env DOSTAP_TEST_DB), {@code clients=20}, {@code seconds=60},
 * {@code restart_at=25}, {@code cluster="15 main"}, {@code pool=10}, {@code seed=42}, {@code out=bench/results}.
 */
public final class ScenarioSoak {
    private ScenarioSoak() {}

    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        String db = args.text("db", System.getenv().getOrDefault("DOSTAP_TEST_DB",
                "jdbc:postgresql://127.0.0.1:5432/dostap_test?user=postgres&password=postgres"));
        int clients = args.integer("clients", 20);
        int seconds = args.integer("seconds", 60);
        int restartAt = args.integer("restart_at", 25);
        String cluster = args.text("cluster", "15 main");
        int pool = args.integer("pool", 10);
        long seed = args.longInteger("seed", 42L);
        String outage = args.text("outage", "restart");
        int downSeconds = args.integer("down_seconds", 8);
        if (!outage.equals("restart") && !outage.equals("stop")) throw new IllegalArgumentException("outage=restart|stop");
        BenchReport report = new BenchReport("scenario-soak", args);
        String schema = "soak_" + Long.toHexString(System.nanoTime());

        try (PostgisStores stores = PostgisStores.open(DatabaseUrl.parse(db), schema, pool)) {
            Scenario shared = stores.scenarios().createScenario("SOAK", "shared #0",
                    List.of(new ScenarioEdit.SetCapacity("shared", 0)), "soak");
            ConcurrentLinkedQueue<SoakClient.Failure> failures = new ConcurrentLinkedQueue<>();
            AtomicLong sharedAcks = new AtomicLong(), sharedAmbiguous = new AtomicLong();
            AtomicLongArray okPerSecond = new AtomicLongArray(seconds + 2);
            long start = System.nanoTime(), deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            List<SoakClient> all = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                SoakClient c = new SoakClient(i, stores.scenarios(), shared.id(), seed, start, deadline, failures, sharedAcks,
                        sharedAmbiguous, okPerSecond);
                all.add(c);
                Thread t = new Thread(c, "soak-" + i);
                threads.add(t);
                t.start();
            }
            long[] restart = restartAt > 0 ? restart(cluster, start, restartAt, outage, downSeconds) : new long[] {-1, -1, -1};
            for (Thread t : threads) t.join();
            long endMillis = (System.nanoTime() - start) / 1_000_000;

            report.put("clients", clients).put("seconds", seconds).put("pool_connections", pool).put("schema", schema);
            if (restartAt > 0) {
                report.put("restart_command", outage.equals("restart") ? "pg_ctlcluster " + cluster + " restart"
                                : "pg_ctlcluster " + cluster + " stop; sleep " + downSeconds + "; pg_ctlcluster " + cluster + " start").put("restart_exit_code", restart[2])
                        .put("restart_started_ms", restart[0]).put("restart_finished_ms", restart[1]);
            }
            SoakFigures.summarise(report, all, failures, okPerSecond, restart, endMillis, seconds);
            verify(report, stores, all, shared.id(), sharedAcks.get(), sharedAmbiguous.get());
            stores.dropSchema();
        }
        report.write(Path.of(args.text("out", "bench/results")));
    }

    /**
     * Sleeps until {@code atSeconds}, then restarts the cluster ({@code restart}) or stops it for {@code downSeconds} and
     * starts it again ({@code stop}); returns {start ms, end ms, exit code}.
     */
    private static long[] restart(String cluster, long startNanos, int atSeconds, String outage, int downSeconds) throws Exception {
        Thread.sleep(Math.max(0, startNanos + TimeUnit.SECONDS.toNanos(atSeconds) - System.nanoTime()) / 1_000_000);
        long t0 = (System.nanoTime() - startNanos) / 1_000_000;
        int code;
        if (outage.equals("restart")) {
            code = pgCtl(cluster, "restart", startNanos);
        } else {
            code = pgCtl(cluster, "stop", startNanos);
            Thread.sleep(downSeconds * 1000L);
            code |= pgCtl(cluster, "start", startNanos);
        }
        long t1 = (System.nanoTime() - startNanos) / 1_000_000;
        System.err.println("[soak] " + t1 + " ms: database back, exit code " + code);
        return new long[] {t0, t1, code};
    }

    private static int pgCtl(String cluster, String action, long startNanos) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("pg_ctlcluster"));
        cmd.addAll(List.of(cluster.trim().split("\\s+")));
        cmd.add(action);
        System.err.println("[soak] " + (System.nanoTime() - startNanos) / 1_000_000 + " ms: " + String.join(" ", cmd));
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    /** Re-reads every scenario (retrying while the database recovers) and checks nothing acknowledged is missing. */
    private static void verify(BenchReport report, PostgisStores stores, List<SoakClient> clients, String sharedId,
                               long sharedAcks, long sharedAmbiguous) throws InterruptedException {
        int lost = 0, missing = 0;
        long acknowledged = 0;
        List<String> problems = new ArrayList<>();
        for (SoakClient c : clients) {
            if (c.scenarioId == null) { missing++; continue; }
            Scenario s = retrying(() -> stores.scenarios().findScenario(c.scenarioId).orElseThrow());
            long stored = SoakClient.counterOf(s);
            acknowledged += c.acked;
            boolean ok = c.unsure ? stored == c.acked || stored == c.acked + 1 : stored == c.acked;
            if (stored < c.acked) lost++;
            if (!ok) problems.add("client " + c.id() + ": stored " + stored + ", acknowledged " + c.acked);
        }
        Scenario shared = retrying(() -> stores.scenarios().findScenario(sharedId).orElseThrow());
        long sharedStored = SoakClient.counterOf(shared);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("acknowledged_saves", acknowledged);
        v.put("clients_without_scenario", missing);
        v.put("lost_updates", lost);
        v.put("lost_updates_seen_during_run", clients.stream().mapToLong(c -> c.lostUpdatesSeen).sum());
        v.put("mismatches", problems);
        v.put("shared_acknowledged_increments", sharedAcks);
        v.put("shared_ambiguous_increments", sharedAmbiguous);
        v.put("shared_stored_counter", sharedStored);
        v.put("shared_ok", sharedStored >= sharedAcks && sharedStored <= sharedAcks + sharedAmbiguous);
        v.put("all_acknowledged_present", lost == 0 && problems.isEmpty() && (boolean) v.get("shared_ok"));
        report.put("verification", v);
    }

    private static <T> T retrying(java.util.function.Supplier<T> call) throws InterruptedException {
        for (int i = 0; ; i++) {
            try {
                return call.get();
            } catch (PlanningException e) {
                if (i >= 60) throw e;
                Thread.sleep(500);
            }
        }
    }
}
