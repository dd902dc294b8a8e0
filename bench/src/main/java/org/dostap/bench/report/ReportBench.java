package org.dostap.bench.report;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.bundled.IllustrativeBaseline;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.report.ReportBuilder;
import org.dostap.web.report.ReportDocument;
import org.dostap.web.report.ReportFormat;
import org.dostap.web.report.ReportRequest;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The situation-analysis report (issue 14): one region's DOCX and PDF after warm-up ({@code reps} times: compose, DOCX,
 * PDF, sizes; the budget is 10 s for Smolyan) and, with {@code all=true}, every bundled province in one run as
 * {@code report --region ALL} does (provinces without bundled facilities get the illustrative rule). Estimated travel
 * times (the bundled model). Records the load average at start and end and the process CPU time.
 * <p>Args: {@code region=SML service=community-support warmup=1 reps=3 all=false lang=bg out=bench/results}.
 */
public final class ReportBench {
    public static void main(String[] argv) throws Exception {
        BenchArgs args = BenchArgs.parse(argv);
        String code = args.text("region", "SML");
        String service = args.text("service", "community-support");
        String lang = args.text("lang", "bg");
        int warmup = args.integer("warmup", 1);
        int reps = args.integer("reps", 3);
        boolean all = args.flag("all", false);
        BenchReport report = new BenchReport("report", args);
        report.put("system_load_average_1min_start", load());
        long cpu0 = cpuNanos();

        BundledRegionStore bundled = new BundledRegionStore();
        Map<String, RegionData> provinces = new LinkedHashMap<>();
        bundled.listRegions().forEach(r -> provinces.put(r.code(), IllustrativeBaseline.orDerived(bundled.getRegion(r.code()))));
        RegionStore store = new RegionStore() {
            @Override public List<RegionInfo> listRegions() { return bundled.listRegions(); }
            @Override public Optional<RegionData> findRegion(String c) { return Optional.ofNullable(provinces.get(c)); }
        };
        AccessAnalysis analysis = new AccessAnalysis(store, EstimatedTravelTimes.defaults());
        ReportBuilder builder = new ReportBuilder(analysis);

        for (int i = 0; i < warmup; i++) one(builder, store.getRegion(code), service, lang);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 0; i < reps; i++) runs.add(one(builder, store.getRegion(code), service, lang));
        report.put("region", code);
        report.put("runs", runs);
        double best = runs.stream().mapToDouble(r -> (Double) r.get("total_s")).min().orElse(Double.NaN);
        report.put("best_total_s", best);
        report.put("under_10_s", best < 10);

        if (all) {
            List<Map<String, Object>> each = new ArrayList<>();
            long started = System.nanoTime();
            long bytes = 0;
            for (String c : provinces.keySet()) {
                Map<String, Object> r = one(builder, store.getRegion(c), service, lang);
                r.put("region", c);
                bytes += (Long) r.get("docx_bytes") + (Long) r.get("pdf_bytes");
                each.add(r);
                System.err.printf("%s %.1f s%n", c, (Double) r.get("total_s"));
            }
            report.put("all_provinces", each.size());
            report.put("all_total_s", (System.nanoTime() - started) / 1e9);
            report.put("all_bytes", bytes);
            report.put("all_runs", each);
        }
        report.put("process_cpu_s", (cpuNanos() - cpu0) / 1e9);
        report.put("system_load_average_1min_end", load());
        report.write(Path.of(args.text("out", "bench/results")));
    }

    private static Map<String, Object> one(ReportBuilder builder, RegionData region, String service, String lang) throws Exception {
        var type = region.services().get(service);
        long t0 = System.nanoTime();
        ReportDocument doc = builder.build(new ReportRequest(region.code(), type.id(), type.standardSeconds(), region.defaultPopulationColumn(),
                List.of(), null, lang, LocalDate.now()));
        long t1 = System.nanoTime();
        ByteArrayOutputStream docx = new ByteArrayOutputStream(), pdf = new ByteArrayOutputStream();
        ReportFormat.DOCX.write(doc, docx);
        long t2 = System.nanoTime();
        ReportFormat.PDF.write(doc, pdf);
        long t3 = System.nanoTime();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("settlements", region.settlements().size());
        r.put("compose_s", (t1 - t0) / 1e9);
        r.put("docx_s", (t2 - t1) / 1e9);
        r.put("pdf_s", (t3 - t2) / 1e9);
        r.put("total_s", (t3 - t0) / 1e9);
        r.put("docx_bytes", (long) docx.size());
        r.put("pdf_bytes", (long) pdf.size());
        return r;
    }

    private static double load() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
