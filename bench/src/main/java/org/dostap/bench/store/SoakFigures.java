package org.dostap.bench.store;

import org.dostap.bench.BenchReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;

/** Turns the clients' counters into the report: throughput before/after the outage, latencies, errors by phase. */
final class SoakFigures {
    private SoakFigures() {}

    static void summarise(BenchReport report, List<SoakClient> clients, ConcurrentLinkedQueue<SoakClient.Failure> failures,
                          AtomicLongArray okPerSecond, long[] restart, long endMillis, int seconds) {
        SoakClient.Latencies save = new SoakClient.Latencies(), load = new SoakClient.Latencies();
        long saves = 0, loads = 0, conflicts = 0, ambiguousCommitted = 0;
        for (SoakClient c : clients) {
            save.addAll(c.saveLatency);
            load.addAll(c.loadLatency);
            saves += c.saves;
            loads += c.loads;
            conflicts += c.conflicts;
            ambiguousCommitted += c.ambiguousResolvedCommitted;
        }
        report.put("acknowledged_saves", saves).put("loads", loads).put("shared_conflicts_refused", conflicts)
                .put("saves_committed_despite_error", ambiguousCommitted);
        report.put("save_ms", percentiles(save)).put("load_ms", percentiles(load));

        long outageStart = restart[0], outageEnd = -1;
        List<Long> recovery = new ArrayList<>();
        if (outageStart >= 0) {
            for (SoakClient c : clients) {
                long first = c.firstSuccessAfter(restart[1]).orElse(endMillis);
                recovery.add(first - restart[1]);
                outageEnd = Math.max(outageEnd, first);
            }
            recovery.sort(Long::compare);
            report.put("outage_window_ms", List.of(outageStart, outageEnd))
                    .put("recovery_after_restart_ms", Map.of("median", recovery.get(recovery.size() / 2),
                            "max", recovery.get(recovery.size() - 1)));
        }
        long during = 0, outside = 0;
        Map<String, Integer> kinds = new LinkedHashMap<>(); // message with names and numbers blanked -> count
        for (SoakClient.Failure f : failures) {
            boolean inOutage = outageStart >= 0 && f.atMillis() >= outageStart && f.atMillis() <= outageEnd;
            if (inOutage) during++; else outside++;
            kinds.merge(f.code() + ": " + f.message().replaceAll("'[^']*'", "'…'"), 1, Integer::sum);
        }
        report.put("errors_total", failures.size()).put("errors_during_outage", during).put("errors_outside_outage", outside)
                .put("error_messages_seen", kinds);

        // throughput: baseline = the steady state before the restart (from second 3), compared with after recovery
        int restartSecond = outageStart >= 0 ? (int) (outageStart / 1000) : seconds;
        int recoveredSecond = outageEnd >= 0 ? (int) (outageEnd / 1000) + 2 : seconds;
        double before = rate(okPerSecond, 3, restartSecond), after = rate(okPerSecond, recoveredSecond, seconds);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("ops_per_s_before_restart", round(before));
        t.put("ops_per_s_after_recovery", round(after));
        t.put("after_to_before_ratio", before == 0 ? null : round(after / before));
        List<Long> perSecond = new ArrayList<>();
        for (int i = 0; i < Math.min(seconds + 1, okPerSecond.length()); i++) perSecond.add(okPerSecond.get(i));
        t.put("ok_ops_per_second", perSecond);
        report.put("throughput", t);
    }

    private static Map<String, Object> percentiles(SoakClient.Latencies l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", l.count());
        m.put("p50", round(l.percentileMillis(50)));
        m.put("p95", round(l.percentileMillis(95)));
        m.put("p99", round(l.percentileMillis(99)));
        m.put("max", round(l.percentileMillis(100)));
        return m;
    }

    private static double rate(AtomicLongArray perSecond, int from, int to) {
        long sum = 0;
        int n = 0;
        for (int i = from; i < Math.min(to, perSecond.length()); i++, n++) sum += perSecond.get(i);
        return n == 0 ? 0 : (double) sum / n;
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
