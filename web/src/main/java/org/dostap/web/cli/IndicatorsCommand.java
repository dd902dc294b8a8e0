package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.store.SingleRegionStore;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.indicators.AccessIndicators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dostap indicators}: monitoring indicators per region and municipality for one service type, for a baseline
 * population column and optionally a review column (e.g. pop_2011 against pop_2017 or proj_2030), with the planner's
 * target share. Writes DIR/indicators.csv and DIR/indicators.json (all or nothing).
 */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monitoring indicators per region and municipality: share within the standard, settlements and people beyond,",
                "population-weighted mean and p90 minutes, Gini, places per 1,000 (E2SFCA); baseline, review and target.",
                "Writes DIR/indicators.csv and DIR/indicators.json."})
public final class IndicatorsCommand implements Callable<Integer> {

    @Option(names = "--region", paramLabel = "CODE", description = "Bundled region (province code, e.g. SML).")
    String region;
    @Option(names = "--settlements", paramLabel = "FILE", description = "Your settlements file instead of --region (with --facilities).")
    Path settlementsFile;
    @Option(names = "--facilities", paramLabel = "FILE", description = "Your facilities file.")
    Path facilitiesFile;
    @Option(names = "--service", defaultValue = "community-support", paramLabel = "ID", description = "Service type (default community-support).")
    String service;
    @Option(names = "--threshold-min", paramLabel = "MIN", description = "Standard in minutes (default: the service type's).")
    Integer thresholdMinutes;
    @Option(names = "--population", paramLabel = "COLUMN", description = "Baseline population column (default: the newest).")
    String baseline;
    @Option(names = "--review-population", paramLabel = "COLUMN", description = "Review population column (e.g. proj_2030).")
    String review;
    @Option(names = "--target-share", paramLabel = "0..1", description = "Target share of the population within the standard (e.g. 0.95).")
    Double target;
    @Mixin
    NetworkOptions network = new NetworkOptions();
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    /** One area's indicators at the baseline and, when asked, at the review, with the target. */
    record Row(String code, String name, AccessIndicators baseline, AccessIndicators review, Double targetShare, Boolean baselineMeetsTarget,
               Boolean reviewMeetsTarget) { }

    record Indicators(String region, String service, int thresholdMin, String baselinePopulation, String reviewPopulation,
                      Double targetShare, String travelTimeSource, boolean facilitiesIllustrative, List<Row> areas) { }

    @Override
    public Integer call() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        if (thresholdMinutes != null && (thresholdMinutes <= 0 || thresholdMinutes > 1440))
            problems.add(CommandLineProblems.option("--threshold-min"), "must be between 1 and 1440 minutes, got " + thresholdMinutes);
        if (target != null && (target < 0 || target > 1)) problems.add(CommandLineProblems.option("--target-share"), "must be between 0 and 1, got " + target);
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) problems.add(CommandLineProblems.option("--out"), out + " exists and is not a folder");
        BundledRegionStore bundled = new BundledRegionStore();
        Optional<RegionData> data = CoverageInputs.load(bundled, region, settlementsFile, facilitiesFile, network.roadNetworkRequested(), problems);
        if (data.isPresent()) {
            RegionData d = data.get();
            if (d.services().find(service.trim()).isEmpty())
                problems.add(CommandLineProblems.option("--service"), "unknown service type '" + service + "'");
            for (String[] c : new String[][] {{"--population", baseline}, {"--review-population", review}})
                if (c[1] != null && !d.populationColumns().contains(c[1].trim()))
                    problems.add(CommandLineProblems.option(c[0]), "unknown population column '" + c[1] + "'. Available: " + String.join(", ", d.populationColumns()) + ".");
        }
        problems.throwIfAny();

        RegionData d = data.get();
        TravelTimeProvider provider = network.openProvider(System.err);
        try (AutoCloseable close = provider instanceof AutoCloseable c ? c : () -> { }) {
            AccessAnalysis analysis = new AccessAnalysis(new SingleRegionStore(d), provider);
            ServiceType type = d.services().get(service.trim());
            int threshold = thresholdMinutes == null ? type.standardSeconds() : thresholdMinutes * 60;
            String base = baseline == null ? d.defaultPopulationColumn() : baseline.trim();
            CoverageQuery q = new CoverageQuery(d.code(), type.id(), threshold, base, List.of());
            var baseView = analysis.coverage(q);
            List<AccessIndicators> b = AccessIndicators.of(baseView);
            List<AccessIndicators> r = review == null ? null : AccessIndicators.of(analysis.coverage(q.withPopulationColumn(review.trim())));
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < b.size(); i++) {
                AccessIndicators x = b.get(i), y = r == null ? null : r.get(i);
                rows.add(new Row(x.code(), x.nameBg(), x, y, target, target == null ? null : x.shareWithin() >= target,
                        target == null || y == null ? null : y.shareWithin() >= target));
            }
            Indicators result = new Indicators(d.code(), type.id(), threshold / 60, base, review, target,
                    baseView.result().provenance().travelTimeSource(), baseView.result().provenance().facilitiesIllustrative(), rows);
            try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(out)) {
                org.dostap.data.output.JsonOutput.write(dir.resolve("indicators.json"), result);
                List<String> header = List.of("area", "name", "phase", "population_column", "population", "share_within", "settlements_beyond",
                        "population_beyond", "mean_min", "p90_min", "gini", "places_per_1000", "target_share", "meets_target");
                List<List<Object>> csv = new ArrayList<>();
                for (Row row : rows) {
                    csv.add(line(row.code(), row.name(), "baseline", base, row.baseline(), target));
                    if (row.review() != null) csv.add(line(row.code(), row.name(), "review", review, row.review(), target));
                }
                CsvTableWriter.write(dir.resolve("indicators.csv"), header, csv, true);
                dir.commit();
            }
            System.out.println("Wrote " + out.resolve("indicators.csv") + " and indicators.json (" + rows.size() + " areas)");
        }
        return DostapCommand.EXIT_OK;
    }

    private static List<Object> line(String code, String name, String phase, String column, AccessIndicators a, Double target) {
        List<Object> l = new ArrayList<>(List.of(code, name, phase, column, a.population(), round(a.shareWithin(), 4), a.settlementsBeyond(),
                a.populationBeyond()));
        l.add(a.meanMinutes() == null ? null : round(a.meanMinutes(), 1));
        l.add(a.p90Minutes() == null ? null : round(a.p90Minutes(), 1));
        l.add(a.gini() == null ? null : round(a.gini(), 3));
        l.add(a.placesPer1000() == null ? null : round(a.placesPer1000(), 2));
        l.add(target);
        l.add(target == null ? null : a.shareWithin() >= target);
        return l;
    }

    private static double round(double v, int decimals) { double f = Math.pow(10, decimals); return Math.round(v * f) / f; }
}
