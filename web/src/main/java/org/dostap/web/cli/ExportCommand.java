package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.output.GeoPackageExporter;
import org.dostap.data.postgis.DatabaseUrl;
import org.dostap.data.postgis.PostgisStores;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdits;
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
 * {@code dostap export --region SML [--scenario ID --db URL] --out FILE.gpkg}: a region (bundled, or from the database
 * with {@code --db}) or a saved scenario (the baseline with its edits applied) as a GeoPackage for QGIS.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a region or a saved scenario to a GeoPackage (.gpkg) for QGIS:",
                "layers settlements (with population columns), facilities, municipalities; table dostap_info (provenance)."},
        footer = {"", "Examples:",
                "  dostap export --region SML --out smolyan.gpkg",
                "  dostap export --db postgresql://dostap:secret@localhost:5432/dostap --region SML --scenario 3f2a... --out proposal.gpkg"})
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

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase().endsWith(".gpkg"))
            throw PlanningException.invalid("--out must name a .gpkg file, got '" + out + "'.");
        if (scenario != null && db == null)
            throw PlanningException.invalid("--scenario needs --db URL: saved scenarios live in the database.");
        Map<String, String> info = new LinkedHashMap<>();
        var software = org.dostap.engine.common.SoftwareVersion.current();
        info.put("software_version", software.label());
        info.put("git_commit", software.commit());
        info.put("run_at", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        RegionData data;
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
                    data = ScenarioEdits.apply(data, s.edits());
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
        GeoPackageExporter.Summary summary = new GeoPackageExporter().export(data, List.of(), info, out);
        spec.commandLine().getOut().printf("Wrote %s: %d settlements, %d facilities, %d municipalities (EPSG:4326).%n",
                summary.file(), summary.settlements(), summary.facilities(), summary.municipalities());
        return DostapCommand.EXIT_OK;
    }
}
