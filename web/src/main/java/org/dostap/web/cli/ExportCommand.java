package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.output.GeoPackageExporter;
import org.dostap.data.postgis.DatabaseUrl;
import org.dostap.data.postgis.PostgisStores;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.scenario.ScenarioEdits;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeProvider;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.web.analysis.SettlementColumns;
import org.dostap.engine.store.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dostap export --region SML [--scenario ID --db URL] [--service ID ...] --out FILE.gpkg}: a region (bundled, or
 * from the database with {@code --db}) or a saved scenario (the baseline with its edits applied) as a GeoPackage for
 * QGIS. With {@code --service} the settlements layer also carries the access columns of {@code coverage}'s
 * settlements.gpkg (the same {@link SettlementColumns#GEOPACKAGE} layout, computed on the scenario); without it the
 * layer is the data alone.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a region or a saved scenario to a GeoPackage (.gpkg) for QGIS: layers",
                "settlements, facilities, municipalities; table dostap_info (provenance).",
                "Without --service the settlements layer is the data alone (names,",
                "municipality, population columns). With --service it also has the access",
                "columns of coverage's settlements.gpkg (travel time, nearest facility,",
                "covered, the other services' nearest and time, ...), computed on the region",
                "or the scenario; travel times are estimated unless --osm FILE is given."},
        footer = {"", "Examples:",
                "  dostap export --region SML --out smolyan.gpkg",
                "  dostap export --region SML --service community-support --threshold-min 30 \\",
                "      --out smolyan-access.gpkg",
                "  dostap export --db postgresql://dostap:secret@localhost:5432/dostap \\",
                "      --region SML --scenario 3f2a... --service community-support \\",
                "      --out proposal.gpkg",
                "For all of coverage's files (summary, CSV, GeoJSON, workbook), use dostap coverage."})
public final class ExportCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--region", required = true, paramLabel = "CODE", description = "Region (province code, e.g. SML).")
    String region;

    @Option(names = "--scenario", paramLabel = "ID", description = "Saved scenario id (needs --db).")
    String scenario;

    @Option(names = "--db", paramLabel = "URL", description = "Read from PostGIS (postgresql://user:password@host:port/db or jdbc:postgresql://...)"
            + " instead of the bundled files.")
    String db;

    @Option(names = "--schema", paramLabel = "NAME", defaultValue = PostgisStores.DEFAULT_SCHEMA,
            description = "Database schema of the Dostap tables (default: ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--out", required = true, paramLabel = "FILE.gpkg", description = "Output GeoPackage (replaced if it exists).")
    Path out;

    @Option(names = "--service", paramLabel = "ID", description = "Also compute access to this service type (e.g. community-support)"
            + " and add coverage's access columns to the settlements layer.")
    String service;

    @Option(names = "--threshold-min", paramLabel = "MIN", description = "With --service: the threshold in minutes (default: the service type's standard for the --mode).")
    Integer thresholdMinutes;

    @Option(names = "--mode", paramLabel = "car|foot", description = "With --service: travel mode of the access columns (default car).")
    String mode;

    @Option(names = "--population", paramLabel = "COLUMN", description = "With --service: the population column (default: the region's newest).")
    String population;

    @picocli.CommandLine.Mixin
    NetworkOptions network = new NetworkOptions();

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase().endsWith(".gpkg"))
            throw PlanningException.invalid("--out must name a .gpkg file, got '" + out + "'.");
        if (scenario != null && db == null)
            throw PlanningException.invalid("--scenario needs --db URL: saved scenarios live in the database.");
        if (service == null) {
            ProblemCollector only = new ProblemCollector();
            if (thresholdMinutes != null) only.add(CommandLineProblems.option("--threshold-min"), "only with --service");
            if (population != null) only.add(CommandLineProblems.option("--population"), "only with --service");
            if (mode != null) only.add(CommandLineProblems.option("--mode"), "only with --service");
            if (network.roadNetworkRequested()) only.add(CommandLineProblems.option("--osm"), "only with --service");
            if (network.closuresFile().isPresent()) only.add(CommandLineProblems.option("--closures"), "only with --service");
            only.throwIfAny();
        }
        Map<String, String> info = new LinkedHashMap<>();
        var software = org.dostap.engine.common.SoftwareVersion.current();
        info.put("software_version", software.label());
        info.put("git_commit", software.commit());
        info.put("run_at", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        RegionData data;
        List<ScenarioEdit> edits = List.of();
        if (db == null) {
            data = new BundledRegionStore().getRegion(region);
            info.put("source", "bundled data");
        } else {
            DatabaseUrl url = DatabaseUrl.parse(db);
            try (PostgisStores stores = PostgisStores.open(url, schema, 2)) {
                data = stores.regions().getRegion(region);
                info.put("source", "database " + url.describe());
                if (scenario != null) {
                    Scenario s = stores.scenarios().findScenario(scenario).orElseThrow(() ->
                            PlanningException.notFound("No scenario with id '" + scenario + "'."));
                    if (!s.regionCode().equalsIgnoreCase(data.code()))
                        throw PlanningException.invalid("Scenario '" + s.name() + "' belongs to region " + s.regionCode()
                                + ", not " + data.code() + ".");
                    edits = s.edits();
                    info.put("scenario", s.name());
                    info.put("scenario_id", s.id());
                    info.put("scenario_version", Long.toString(s.version()));
                    info.put("scenario_author", s.author());
                    info.put("scenario_updated_at", s.updatedAt().toString());
                    info.put("scenario_edits", Integer.toString(s.edits().size()));
                    info.put("scenario_saved_with_software", s.savedWith().softwareVersion() + " " + s.savedWith().gitCommit());
                    info.put("scenario_saved_with_data", s.savedWith().data());
                }
            }
        }
        List<GeoPackageExporter.SettlementColumn> access = List.of();
        if (service != null) {
            CoverageView view = access(data, edits);
            SettlementColumns.Table layer = SettlementColumns.table(view, SettlementColumns.GEOPACKAGE);
            access = layer.header().stream().map(c -> new GeoPackageExporter.SettlementColumn(GeoPackageExporter.columnName(c), layer.column(c))).toList();
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("region", region);
            parameters.put("service", view.query().serviceType());
            parameters.put("threshold_min", view.query().thresholdSeconds() / 60.0);
            parameters.put("mode", travelMode.name().toLowerCase(java.util.Locale.ROOT));
            parameters.put("population", view.query().populationColumn());
            if (scenario != null) parameters.put("scenario", scenario);
            Map<String, Path> files = new LinkedHashMap<>();
            files.put("network", network.osmFile().orElse(null));
            RunProvenance provenance = RunProvenance.of(view.region(), view.query().populationColumn(), travelTimes, travelMode,
                    view.result().provenance().facilitiesIllustrative(), RunProvenance.files(files), parameters);
            CoverageOutputs.geoPackageInfo(provenance).forEach(info::putIfAbsent);
            data = view.region();
        } else {
            data = ScenarioEdits.apply(data, edits);
        }
        GeoPackageExporter.Summary summary;
        try {
            summary = new GeoPackageExporter().export(data, access, info, out);
        } finally {
            if (travelTimes instanceof AutoCloseable c) try { c.close(); } catch (Exception ignored) { /* done with it */ }
        }
        spec.commandLine().getOut().printf("Wrote %s: %d settlements, %d facilities, %d municipalities (EPSG:4326).%n",
                summary.file(), summary.settlements(), summary.facilities(), summary.municipalities());
        if (service != null) spec.commandLine().getOut().printf("Settlements carry access to %s within %d min %s (%s travel times).%n",
                service, thresholdMinutes != null ? thresholdMinutes : standardMinutes,
                travelMode == TravelMode.FOOT ? "on foot" : "by car", travelTimes.source().label());
        return DostapCommand.EXIT_OK;
    }

    private TravelTimeProvider travelTimes;
    private TravelMode travelMode = TravelMode.CAR;
    private int standardMinutes;

    /**
     * The baseline's coverage of {@code --service} with the scenario's edits (facility changes and road closures), as
     * {@code coverage} computes it. Bad options: every problem at once, naming the option, nothing written.
     */
    private CoverageView access(RegionData baseline, List<ScenarioEdit> edits) {
        ProblemCollector problems = new ProblemCollector();
        String id = service.trim();
        var type = baseline.services().find(id);
        if (type.isEmpty())
            problems.add(CommandLineProblems.option("--service"), "unknown service type '" + service + "'; known: "
                    + String.join(", ", baseline.services().list().stream().map(ServiceType::id).toList()));
        if (thresholdMinutes != null) Limits.THRESHOLD_MIN.check(thresholdMinutes, CommandLineProblems.option("--threshold-min"), problems);
        travelMode = network.travelMode(mode == null ? "car" : mode, problems);
        String column = population == null ? baseline.defaultPopulationColumn() : population.trim();
        if (!baseline.populationColumns().contains(column))
            problems.add(CommandLineProblems.option("--population"), "unknown population column '" + population + "'. Available: "
                    + String.join(", ", baseline.populationColumns()) + ".");
        network.readClosures(problems);
        problems.throwIfAny();
        standardMinutes = type.get().standardSeconds(travelMode) / 60;
        int threshold = thresholdMinutes != null ? thresholdMinutes * 60 : type.get().standardSeconds(travelMode);
        travelTimes = network.openProvider(System.err);
        AccessAnalysis analysis = new AccessAnalysis(RegionStore.of(baseline), travelTimes, travelMode);
        analysis.warmUp(baseline.code(), ProgressListener.NONE, threshold);
        return analysis.coverage(new CoverageQuery(baseline.code(), id, threshold, column, edits));
    }
}
