package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.store.SingleRegionStore;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.data.output.SheetLanguage;
import org.dostap.data.output.XlsxWorkbookWriter;
import org.dostap.engine.common.SoftwareVersion;
import org.dostap.web.export.IndicatorsWorkbook;
import org.dostap.web.indicators.AccessIndicators;
import org.dostap.web.indicators.IndicatorsRequest;
import org.dostap.web.indicators.MonitoringIndicators;
import org.dostap.web.indicators.MonitoringService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dostap indicators}: monitoring indicators per region and municipality for one service type, for a baseline
 * population column and optionally a review (another column, e.g. proj_2030, and/or a saved scenario's facilities), with
 * the planner's targets (a region-wide share, and those stored with the reviewed scenario). Writes DIR/indicators.csv,
 * DIR/indicators.json and DIR/indicators.xlsx (all or nothing).
 */
@Command(name = "indicators", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monitoring indicators per region and municipality: share within the standard, settlements and people beyond,",
                "population-weighted mean and p90 minutes, Gini, places per 1,000 (E2SFCA); baseline, review and target.",
                "Writes DIR/indicators.csv, DIR/indicators.json and DIR/indicators.xlsx."})
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
    @Option(names = "--review-scenario", paramLabel = "ID", description = "Review a saved scenario (needs --db): its facility edits, and its stored targets.")
    String reviewScenario;
    @Option(names = "--db", paramLabel = "URL", description = "PostGIS holding the saved scenario (postgresql://user:password@host:port/db).")
    String db;
    @Option(names = "--schema", defaultValue = "dostap", paramLabel = "NAME", description = "Database schema (default dostap).")
    String schema;
    @Option(names = "--lang", defaultValue = LanguageOption.DEFAULT, paramLabel = "bg|en", description = LanguageOption.HELP + "the workbook.")
    String lang;
    @Mixin
    NetworkOptions network = new NetworkOptions();
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        if (thresholdMinutes != null) Limits.THRESHOLD_MIN.check(thresholdMinutes, CommandLineProblems.option("--threshold-min"), problems);
        if (target != null && !(target >= 0 && target <= 1)) problems.add(CommandLineProblems.option("--target-share"), "must be between 0 and 1, got " + target);
        LanguageOption.check(lang, problems);
        OutFolder.check(out, problems);
        if (reviewScenario != null && db == null) problems.add(CommandLineProblems.option("--review-scenario"), "needs --db URL: saved scenarios live in the database");
        BundledRegionStore bundled = new BundledRegionStore();
        Optional<RegionData> data = CoverageInputs.load(bundled, region, settlementsFile, facilitiesFile, network.roadNetworkRequested(), problems);
        if (data.isPresent()) {
            RegionData d = data.get();
            if (d.services().find(service.trim()).isEmpty())
                problems.add(CommandLineProblems.option("--service"), "unknown service type '" + service + "'. Known types: "
                        + String.join(", ", d.services().list().stream().map(ServiceType::id).toList()) + ".");
            for (String[] c : new String[][] {{"--population", baseline}, {"--review-population", review}})
                if (c[1] != null && !d.populationColumns().contains(c[1].trim()))
                    problems.add(CommandLineProblems.option(c[0]), "unknown population column '" + c[1] + "'. Available: " + String.join(", ", d.populationColumns()) + ".");
        }
        Optional<SavedScenarios.Loaded> saved = Optional.empty();
        if (problems.isEmpty() && reviewScenario != null)
            saved = SavedScenarios.load(db, schema, reviewScenario.trim(), data.get().code(), "--review-scenario", problems);
        problems.throwIfAny();

        RegionData d = data.get();
        TravelTimeProvider provider = network.openProvider(System.err);
        try (AutoCloseable close = provider instanceof AutoCloseable c ? c : () -> { }) {
            AccessAnalysis analysis = new AccessAnalysis(new SingleRegionStore(d), provider);
            ServiceType type = d.services().get(service.trim());
            int threshold = thresholdMinutes == null ? type.standardSeconds() : thresholdMinutes * 60;
            String base = baseline == null ? d.defaultPopulationColumn() : baseline.trim();
            Map<String, Double> targets = new LinkedHashMap<>();
            saved.ifPresent(l -> l.targets().stream().filter(t -> t.serviceType().equals(type.id()))
                    .forEach(t -> targets.put(t.areaCode(), t.shareWithin())));
            if (target != null) targets.put(d.code(), target);
            IndicatorsRequest req = new IndicatorsRequest(new CoverageQuery(d.code(), type.id(), threshold, base, List.of()),
                    review == null ? null : review.trim(), saved.map(l -> l.scenario().edits()).orElse(List.of()),
                    saved.map(l -> l.scenario().name()).orElse(null), targets);
            Map<String, Path> files = new LinkedHashMap<>();
            files.put("settlements", settlementsFile);
            files.put("facilities", facilitiesFile);
            files.put("network", network.osmFile().orElse(null));
            MonitoringIndicators result = new MonitoringService(analysis).indicators(req)
                    .withInputs(org.dostap.web.analysis.RunProvenance.files(files));
            try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(out)) {
                org.dostap.data.output.JsonOutput.write(dir.resolve("indicators.json"), result);
                List<String> header = List.of("area", "name", "phase", "population_column", "population", "population_within",
                        "population_within_low", "population_within_high", "share_within", "settlements_beyond",
                        "population_beyond", "mean_min", "p90_min", "gini", "places_per_1000", "target_share", "meets_target", "target_status");
                List<List<Object>> csv = new ArrayList<>();
                for (MonitoringIndicators.Row row : result.areas()) {
                    csv.add(line(row.code(), row.nameBg(), "baseline", base, row.baseline(), row.targetShare(),
                            row.baselineMeetsTarget(), row.baselineTargetStatus()));
                    if (row.review() != null) csv.add(line(row.code(), row.nameBg(), "review", result.reviewPopulation(), row.review(),
                            row.targetShare(), row.reviewMeetsTarget(), row.reviewTargetStatus()));
                }
                CsvTableWriter.write(dir.resolve("indicators.csv"), header, csv);
                SheetLanguage sheetLang = SheetLanguage.parse(lang);
                try (OutputStream o = Files.newOutputStream(dir.resolve("indicators.xlsx"))) {
                    XlsxWorkbookWriter.write(o, IndicatorsWorkbook.sheets(result, sheetLang), sheetLang, SoftwareVersion.current().label());
                }
                dir.commit();
            }
            System.out.println("Wrote " + out.resolve("indicators.csv") + ", indicators.json and indicators.xlsx (" + result.areas().size() + " areas)");
            System.out.println(regionLine(result));
        }
        return DostapCommand.EXIT_OK;
    }

    /** meets_target: on the point estimate; target_status: met, not-met or uncertain over the estimate's range (TargetStatus). */
    private static List<Object> line(String code, String name, String phase, String column, AccessIndicators a, Double target,
                                     Boolean meets, org.dostap.web.indicators.TargetStatus status) {
        // the people within with the estimate's range (roads slow / fast), as indicators.json and the workbook give them
        List<Object> l = new ArrayList<>(List.of(code, name, phase, column, a.population(), a.populationWithin(), a.populationWithinLow(),
                a.populationWithinHigh(), round(a.shareWithin(), 4), a.settlementsBeyond(), a.populationBeyond()));
        l.add(a.meanMinutes() == null ? null : round(a.meanMinutes(), 1));
        l.add(a.p90Minutes() == null ? null : round(a.p90Minutes(), 1));
        l.add(a.gini() == null ? null : round(a.gini(), 3));
        l.add(a.placesPer1000() == null ? null : round(a.placesPer1000(), 2));
        l.add(target);
        l.add(meets);
        l.add(status == null ? null : status.code());
        return l;
    }

    /**
     * The region's share within the standard, with the estimate's range when times are estimated, and whether it meets
     * its target over that range (met, not met, uncertain), as the workbook and report say it.
     */
    static String regionLine(MonitoringIndicators m) {
        MonitoringIndicators.Row r = m.areas().get(0);
        AccessIndicators a = r.latest();
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%s, %s within %d min (%s): %.1f %% of %d people",
                m.region(), m.service(), m.thresholdMin(), r.review() == null ? "baseline" : "review", 100 * a.shareWithin(), a.population()));
        if (a.populationWithinLow() != a.populationWithinHigh() && a.population() > 0)
            b.append(String.format(java.util.Locale.ROOT, " (estimate range %.1f-%.1f %%, roads slow to fast)",
                    100.0 * a.populationWithinLow() / a.population(), 100.0 * a.populationWithinHigh() / a.population()));
        if (r.targetShare() != null)
            b.append(String.format(java.util.Locale.ROOT, "; target %.1f %%: %s", 100 * r.targetShare(), r.latestTargetStatus().label(false)));
        return b.append('.').toString();
    }

    private static double round(double v, int decimals) { double f = Math.pow(10, decimals); return Math.round(v * f) / f; }
}
