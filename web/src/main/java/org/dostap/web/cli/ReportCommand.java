package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.bundled.IllustrativeBaseline;
import org.dostap.data.output.AtomicOutputDirectory;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.RegionInfo;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.store.SingleRegionStore;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.report.ReportBuilder;
import org.dostap.web.report.ReportDocument;
import org.dostap.web.report.ReportFormat;
import org.dostap.web.report.ReportRequest;
import org.dostap.web.report.ReportResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code dostap report}: the situation-analysis report of a region (docs/report.md) as an editable DOCX and/or a PDF,
 * written into {@code --out} all at once; {@code --region ALL} writes one report per province.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The situation-analysis report of a region: maps, charts, municipal indicators, every settlement beyond",
                "the standard, demographic change and projection, sources and caveats. Bulgarian by default.",
                "Writes DIR/report-CODE.docx and/or .pdf (all or nothing)."},
        footer = {"", "Example: dostap report --region SML --service community-support --format docx,pdf --out out/report",
                "All 28 provinces: dostap report --region ALL --format pdf --out out/reports"})
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--region", paramLabel = "CODE", description = "Bundled region (province code, e.g. SML), or ALL for every province.")
    String region;

    @Option(names = "--settlements", paramLabel = "FILE", description = "Your settlements CSV or GeoJSON instead of --region (with --facilities).")
    Path settlementsFile;

    @Option(names = "--facilities", paramLabel = "FILE", description = "Your facilities CSV or GeoJSON: with --settlements, or with --region instead of its bundled (illustrative) ones.")
    Path facilitiesFile;

    @Option(names = "--service", defaultValue = "community-support", paramLabel = "ID", description = "Service type (default community-support).")
    String service;

    @Option(names = "--threshold-min", paramLabel = "MIN", description = "Access standard in minutes (default: the service type's).")
    Integer thresholdMinutes;

    @Option(names = "--scenario", paramLabel = "ID", description = "A saved scenario (needs --db): its edits are applied and compared with the baseline.")
    String scenario;

    @Option(names = "--db", paramLabel = "URL", description = "PostGIS holding the saved scenario (postgresql://user:password@host:port/db).")
    String db;

    @Option(names = "--schema", defaultValue = "dostap", paramLabel = "NAME", description = "Database schema (default dostap).")
    String schema;

    @Option(names = "--population", paramLabel = "COLUMN", description = "Population column (default: the newest NSI year; proj_2030 for the projection).")
    String population;

    @Option(names = "--lang", defaultValue = LanguageOption.DEFAULT, paramLabel = "bg|en", description = LanguageOption.HELP + "the report.")
    String lang;

    @Option(names = "--review-population", paramLabel = "COLUMN", description = "Monitoring table: the review's population column (e.g. proj_2030); the scenario's edits are the review's facilities.")
    String reviewPopulation;

    @Option(names = "--target-share", paramLabel = "0..1", description = "Monitoring table: the region's target share within the standard (the scenario's stored targets apply too).")
    Double targetShare;

    @Option(names = "--optimization", paramLabel = "FILE", description = "An optimization result (optimize's result.json) to tabulate: sites, gain, gap.")
    Path optimizationFile;

    @Option(names = "--mobile-plan", paramLabel = "FILE", description = "A mobile plan (mobile's plan.json) to tabulate: teams, days, settlements visited.")
    Path mobilePlanFile;

    @Option(names = "--format", required = true, split = ",", paramLabel = "docx|pdf", description = "docx, pdf, or docx,pdf.")
    List<String> formats;

    @Mixin
    NetworkOptions network = new NetworkOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created; the reports replace their namesakes).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ProblemCollector problems = new ProblemCollector();
        Set<ReportFormat> fmts = new LinkedHashSet<>();
        for (String f : formats)
            ReportFormat.parse(f).ifPresentOrElse(fmts::add, () -> problems.add(CommandLineProblems.option("--format"), "unknown format '" + f + "': use docx or pdf"));
        LanguageOption.check(lang, problems);
        if (thresholdMinutes != null) Limits.THRESHOLD_MIN.check(thresholdMinutes, CommandLineProblems.option("--threshold-min"), problems);
        if (scenario != null && db == null) problems.add(CommandLineProblems.option("--scenario"), "needs --db URL: saved scenarios live in the database");
        if (scenario != null && "ALL".equalsIgnoreCase(region)) problems.add(CommandLineProblems.option("--scenario"), "a scenario belongs to one region, not ALL");
        OutFolder.check(out, problems);
        if (targetShare != null && !(targetShare >= 0 && targetShare <= 1)) problems.add(CommandLineProblems.option("--target-share"), "must be between 0 and 1, got " + targetShare);
        boolean allRegions = "ALL".equalsIgnoreCase(region == null ? "" : region.trim());
        if (allRegions && (optimizationFile != null || mobilePlanFile != null))
            problems.add(CommandLineProblems.option(optimizationFile != null ? "--optimization" : "--mobile-plan"), "a result belongs to one region, not ALL");
        var optimizationJson = optimizationFile == null ? null : readJson(optimizationFile, "--optimization", problems);
        ReportResults.Optimization optimization = optimizationJson == null ? null
                : ReportResults.optimization(optimizationJson, optimizationFile.toString(), "--optimization", problems);
        var mobileJson = mobilePlanFile == null ? null : readJson(mobilePlanFile, "--mobile-plan", problems);
        ReportResults.MobilePlan mobilePlan = mobileJson == null ? null
                : ReportResults.mobilePlan(mobileJson, mobilePlanFile.toString(), "--mobile-plan", problems);

        BundledRegionStore bundled = new BundledRegionStore();
        RegionStore store;
        List<String> codes = new ArrayList<>();
        if ("ALL".equalsIgnoreCase(region == null ? "" : region.trim()) && settlementsFile == null) {
            // provinces without bundled facilities get the pilot's illustrative rule (labelled as such in every report)
            Map<String, RegionData> provinces = new LinkedHashMap<>();
            bundled.listRegions().forEach(r -> provinces.put(r.code(), IllustrativeBaseline.orDerived(bundled.getRegion(r.code()))));
            store = new RegionStore() {
                @Override public List<RegionInfo> listRegions() { return bundled.listRegions(); }
                @Override public Optional<RegionData> findRegion(String code) { return Optional.ofNullable(provinces.get(code)); }
            };
            codes.addAll(provinces.keySet());
            if (facilitiesFile != null) problems.add(CommandLineProblems.option("--facilities"), "--region ALL uses each province's bundled facilities");
        } else {
            Optional<RegionData> data = CoverageInputs.load(bundled, region, settlementsFile, facilitiesFile, network.roadNetworkRequested(), problems);
            store = data.isPresent() && (settlementsFile != null || facilitiesFile != null) ? new SingleRegionStore(data.get()) : bundled;
            data.ifPresent(d -> codes.add(d.code()));
        }
        for (String code : codes) check(store.getRegion(code), problems);
        List<ScenarioEdit> edits = List.of();
        String scenarioName = null;
        Map<String, Double> targets = new LinkedHashMap<>();
        if (problems.isEmpty() && scenario != null) {
            Optional<SavedScenarios.Loaded> loaded = SavedScenarios.load(db, schema, scenario.trim(), codes.get(0), "--scenario", problems);
            if (loaded.isPresent()) {
                edits = loaded.get().scenario().edits();
                scenarioName = loaded.get().scenario().name();
                loaded.get().targets().stream().filter(x -> x.serviceType().equals(service.trim())).forEach(x -> targets.put(x.areaCode(), x.shareWithin()));
            }
        }
        if (codes.size() == 1) {
            String code = codes.get(0);
            if (optimization != null && optimization.region() != null && !optimization.region().equalsIgnoreCase(code))
                problems.add(CommandLineProblems.option("--optimization"), optimizationFile + " is a result for region " + optimization.region() + ", not " + code);
            if (mobilePlan != null && mobilePlan.region() != null && !mobilePlan.region().equalsIgnoreCase(code))
                problems.add(CommandLineProblems.option("--mobile-plan"), mobilePlanFile + " is a plan for region " + mobilePlan.region() + ", not " + code);
        }
        if (targetShare != null && codes.size() == 1) targets.put(codes.get(0), targetShare);
        problems.throwIfAny();

        TravelTimeProvider provider = network.openProvider(System.err);
        try (AutoCloseable closeRoad = provider instanceof AutoCloseable c ? c : () -> { }) {
            AccessAnalysis analysis = new AccessAnalysis(store, provider);
            ReportBuilder builder = new ReportBuilder(analysis);
            long all = System.nanoTime();
            try (AtomicOutputDirectory dir = AtomicOutputDirectory.create(out)) {
                for (String code : codes) {
                    long started = System.nanoTime();
                    RegionData data = store.getRegion(code);
                    ServiceType type = data.services().get(service.trim());
                    int threshold = thresholdMinutes == null ? type.standardSeconds() : thresholdMinutes * 60;
                    String column = population == null || population.isBlank() ? data.defaultPopulationColumn() : population.trim();
                    Map<String, Double> areaTargets = new LinkedHashMap<>(targets);
                    if (targetShare != null) areaTargets.putIfAbsent(code, targetShare);
                    ReportDocument doc = builder.build(new ReportRequest(code, type.id(), threshold, column, edits, scenarioName,
                            lang, LocalDate.now(), reviewPopulation == null || reviewPopulation.isBlank() ? null : reviewPopulation.trim(),
                            areaTargets, optimization, mobilePlan));
                    for (ReportFormat f : fmts) {
                        try (OutputStream o = Files.newOutputStream(dir.resolve("report-" + code + "." + f.extension()))) {
                            f.write(doc, o);
                        }
                    }
                    System.out.printf(Locale.ROOT, "%s: report %s in %.1f s%n", code, String.join(", ", fmts.stream().map(ReportFormat::extension).toList()),
                            (System.nanoTime() - started) / 1e9);
                }
                dir.commit();
            }
            System.out.printf(Locale.ROOT, "Wrote %d report(s) into %s in %.1f s%n", codes.size() * fmts.size(), out, (System.nanoTime() - all) / 1e9);
        }
        return DostapCommand.EXIT_OK;
    }

    private void check(RegionData data, ProblemCollector problems) {
        ServiceCatalog catalog = data.services();
        if (catalog.find(service.trim()).isEmpty())
            problems.add(CommandLineProblems.option("--service"), "unknown service type '" + service + "'. Known types: "
                    + String.join(", ", catalog.list().stream().map(ServiceType::id).toList()) + ".");
        else if (data.facilitiesOf(service.trim()).isEmpty())
            problems.add(CommandLineProblems.option("--service"), "region " + data.code() + " has no facility of type '" + service.trim()
                    + "' (give --facilities FILE)");
        for (String[] c : new String[][] {{"--population", population}, {"--review-population", reviewPopulation}})
            if (c[1] != null && !c[1].isBlank() && !data.populationColumns().contains(c[1].trim()))
                problems.add(CommandLineProblems.option(c[0]), "unknown population column '" + c[1] + "'. Available: "
                        + String.join(", ", data.populationColumns()) + ".");
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(Path file, String option, ProblemCollector problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(CommandLineProblems.option(option), "file " + file + " does not exist");
            return null;
        }
        try {
            return org.dostap.data.output.JsonOutput.mapper().readTree(file.toFile());
        } catch (java.io.IOException e) {
            problems.add(CommandLineProblems.option(option), file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return null;
        }
    }
}
