package org.dostap.bench.store;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.store.ScenarioStore;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One soak client: saves its own scenario with a counter one higher each time (the counter is in the name and in a
 * capacity edit), loads it and checks that nothing acknowledged is missing, and now and then increments a scenario
 * shared by all clients under optimistic locking. Errors are recorded with their time; the client keeps going.
 */
final class SoakClient implements Runnable {
    /** A failed call: when (ms since start), what, and the message the user would see. */
    record Failure(long atMillis, int client, String operation, String code, String message) {}

    private final int id;
    private final ScenarioStore store;
    private final String sharedId;
    private final Random random;
    private final long startNanos, deadlineNanos;
    private final ConcurrentLinkedQueue<Failure> failures;
    final AtomicLong sharedAcks;
    final AtomicLong sharedAmbiguous;
    private final java.util.concurrent.atomic.AtomicLongArray okPerSecond;

    String scenarioId;
    long acked;           // highest counter whose save was acknowledged
    long version;         // version of our scenario as last seen
    boolean unsure;       // a save failed and may or may not have been committed
    long saves, loads, conflicts, lostUpdatesSeen, ambiguousResolvedCommitted;
    final Latencies saveLatency = new Latencies(), loadLatency = new Latencies();
    final List<Long> successMillis = new java.util.ArrayList<>();

    SoakClient(int id, ScenarioStore store, String sharedId, long seed, long startNanos, long deadlineNanos,
               ConcurrentLinkedQueue<Failure> failures, AtomicLong sharedAcks, AtomicLong sharedAmbiguous,
               java.util.concurrent.atomic.AtomicLongArray okPerSecond) {
        this.okPerSecond = okPerSecond;
        this.id = id;
        this.store = store;
        this.sharedId = sharedId;
        this.random = new Random(seed + id);
        this.startNanos = startNanos;
        this.deadlineNanos = deadlineNanos;
        this.failures = failures;
        this.sharedAcks = sharedAcks;
        this.sharedAmbiguous = sharedAmbiguous;
    }

    int id() { return id; }

    static String name(int client, long counter) { return "client-" + client + " #" + counter; }

    static List<ScenarioEdit> edits(int client, long counter) {
        return List.of(new ScenarioEdit.SetCapacity("facility-of-client-" + client, (int) counter));
    }

    /** The counter a stored scenario carries, checking that name and edits agree. */
    static long counterOf(Scenario s) {
        long fromName = Long.parseLong(s.name().substring(s.name().indexOf('#') + 1));
        long fromEdit = ((ScenarioEdit.SetCapacity) s.edits().get(0)).capacity();
        if (fromName != fromEdit) throw new IllegalStateException("name and edits disagree in " + s.id() + ": " + fromName + " vs " + fromEdit);
        return fromName;
    }

    @Override
    public void run() {
        while (scenarioId == null && System.nanoTime() < deadlineNanos) {
            try {
                scenarioId = store.createScenario("SOAK", name(id, 0), edits(id, 0), "soak").id();
                version = 1;
            } catch (PlanningException e) {
                fail("create", e);
            }
        }
        while (System.nanoTime() < deadlineNanos) {
            try {
                if (unsure) resync();
                int dice = random.nextInt(100);
                if (dice < 45) save();
                else if (dice < 90) load();
                else incrementShared();
                success();
            } catch (PlanningException e) {
                fail("op", e);
                pause(50);
            } catch (RuntimeException e) { // a bug, not an outage: record it and go on
                failures.add(new Failure(millis(), id, "op", "INTERNAL", e.toString()));
                pause(50);
            }
        }
    }

    private void save() {
        long next = acked + 1;
        long t0 = System.nanoTime();
        try {
            Scenario s = store.updateScenario(scenarioId, version, name(id, next), edits(id, next), "soak");
            saveLatency.add(System.nanoTime() - t0);
            acked = next;
            version = s.version();
            saves++;
        } catch (PlanningException e) {
            if (e.code() == ErrorCode.UNAVAILABLE) unsure = true;
            throw e;
        }
    }

    private void load() {
        long t0 = System.nanoTime();
        Scenario s = store.findScenario(scenarioId).orElseThrow(() -> new IllegalStateException("scenario vanished: " + scenarioId));
        loadLatency.add(System.nanoTime() - t0);
        long stored = counterOf(s);
        if (stored < acked) lostUpdatesSeen++;
        loads++;
    }

    /** After a failed save: read what is stored; a save that committed despite the error counts as acknowledged now. */
    private void resync() {
        Scenario s = store.findScenario(scenarioId).orElseThrow();
        long stored = counterOf(s);
        if (stored < acked) lostUpdatesSeen++;
        if (stored == acked + 1) ambiguousResolvedCommitted++;
        acked = Math.max(acked, stored);
        version = s.version();
        unsure = false;
    }

    private void incrementShared() {
        Scenario s = store.findScenario(sharedId).orElseThrow();
        long next = counterOf(s) + 1;
        try {
            store.updateScenario(sharedId, s.version(), "shared #" + next, List.of(new ScenarioEdit.SetCapacity("shared", (int) next)), "c" + id);
            sharedAcks.incrementAndGet();
        } catch (PlanningException e) {
            if (e.code() == ErrorCode.CONFLICT) {
                conflicts++;   // expected: someone else saved first; nothing lost, the user reloads
                return;
            }
            if (e.getMessage().contains("may or may not have been saved")) sharedAmbiguous.incrementAndGet();
            throw e;
        }
    }

    private void success() {
        long now = millis();
        int second = (int) (now / 1000);
        if (second < okPerSecond.length()) okPerSecond.incrementAndGet(second);
        // sampled every 50 ms (enough to time the recovery to within 50 ms without keeping every success)
        if (successMillis.isEmpty() || now - successMillis.get(successMillis.size() - 1) >= 50) successMillis.add(now);
    }

    private void fail(String op, PlanningException e) {
        failures.add(new Failure(millis(), id, op, e.code().name(), e.getMessage()));
    }

    private long millis() { return (System.nanoTime() - startNanos) / 1_000_000; }

    private static void pause(long ms) {
        try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    }

    /** Latencies in nanoseconds; percentiles in milliseconds. */
    static final class Latencies {
        private long[] values = new long[1024];
        private int n;

        void add(long nanos) {
            if (n == values.length) values = java.util.Arrays.copyOf(values, n * 2);
            values[n++] = nanos;
        }

        void addAll(Latencies other) { for (int i = 0; i < other.n; i++) add(other.values[i]); }

        int count() { return n; }

        double percentileMillis(double p) {
            if (n == 0) return 0;
            long[] sorted = java.util.Arrays.copyOf(values, n);
            java.util.Arrays.sort(sorted);
            return sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * n) - 1)] / 1e6;
        }
    }

    Optional<Long> firstSuccessAfter(long millis) {
        return successMillis.stream().filter(t -> t > millis).findFirst();
    }
}
