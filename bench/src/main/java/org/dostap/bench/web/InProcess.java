package org.dostap.bench.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.http.coverage.CoverageJson;
import org.dostap.web.http.json.JsonBodies;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * What one coverage answer costs the server without HTTP: {@link AccessAnalysis#coverage} plus JSON, wall time and
 * this thread's CPU time (less sensitive to other processes on a shared machine), baseline against one edit
 * (a centre at a new random point: a fresh travel-time column every time).
 */
final class InProcess {
    private InProcess() {}

    static Map<String, Object> measure(AccessAnalysis analysis, RegionData region, String service, int thresholdMin, int n,
                                       Random random, Function<Random, double[]> point) throws Exception {
        ObjectMapper mapper = JsonBodies.defaultMapper();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        CoverageQuery baseline = new CoverageQuery(region.code(), service, thresholdMin * 60, region.defaultPopulationColumn(), List.of());
        long[] wallBase = new long[n], cpuBase = new long[n], wallEdit = new long[n], cpuEdit = new long[n];
        for (int i = 0; i < n; i++) {
            long w = System.nanoTime(), c = cpu.getCurrentThreadCpuTime();
            var base = analysis.coverage(baseline);
            mapper.writeValueAsBytes(CoverageJson.from(base, analysis.provenance(base)));
            cpuBase[i] = cpu.getCurrentThreadCpuTime() - c;
            wallBase[i] = System.nanoTime() - w;
            double[] p = point.apply(random);
            CoverageQuery edited = new CoverageQuery(region.code(), service, thresholdMin * 60, region.defaultPopulationColumn(),
                    List.of(new ScenarioEdit.AddFacility("bench-new", "bench", service, new GeoPoint(p[0], p[1]), 0, "", FacilityStatus.PLANNED)));
            w = System.nanoTime();
            c = cpu.getCurrentThreadCpuTime();
            var view = analysis.coverage(edited);
            mapper.writeValueAsBytes(CoverageJson.from(view, analysis.provenance(view)));
            cpuEdit[i] = cpu.getCurrentThreadCpuTime() - c;
            wallEdit[i] = System.nanoTime() - w;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baseline_wall_ms", percentiles(wallBase));
        out.put("baseline_cpu_ms", percentiles(cpuBase));
        out.put("one_edit_wall_ms", percentiles(wallEdit));
        out.put("one_edit_cpu_ms", percentiles(cpuEdit));
        return out;
    }

    private static Map<String, Object> percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", ms(s[(int) (s.length * 0.50)]));
        m.put("p95", ms(s[(int) Math.min(s.length - 1, s.length * 0.95)]));
        m.put("p99", ms(s[(int) Math.min(s.length - 1, s.length * 0.99)]));
        return m;
    }

    private static double ms(long nanos) { return Math.round(nanos / 10_000.0) / 100.0; }
}
