package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.importer.RegionImportSource;
import org.dostap.data.postgis.DatabaseUrl;
import org.dostap.data.postgis.PostgisRegionWriter;
import org.dostap.data.postgis.PostgisStores;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.RegionData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code dostap import --db URL [--region CODE] [--settlements FILE [--facilities FILE]]}: loads bundled or user data into
 * PostGIS in one transaction, replacing the region's previous data (importing twice gives the same state; a failure
 * or a kill midway leaves the previous data). Bad rows of both files are reported at once and nothing is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load a region into the PostGIS database in one transaction (idempotent: it replaces the region).",
                "Saved scenarios and stored results are kept."},
        footer = {"", "Examples:",
                "  dostap import --db postgresql://dostap:secret@localhost:5432/dostap --region SML",
                "  dostap import --db jdbc:postgresql://localhost:5432/dostap?user=dostap&password=secret \\",
                "         --region SML --settlements my-settlements.csv --facilities my-centres.csv"})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "URL",
            description = "postgresql://user:password@host:port/db or jdbc:postgresql://host:port/db?user=..&password=..")
    String db;

    @Option(names = "--region", paramLabel = "CODE", description = "Bundled region (province code, e.g. SML); with files: its boundaries and service types.")
    String region;

    @Option(names = "--settlements", paramLabel = "FILE", description = "Settlements CSV or GeoJSON (id,name,lon,lat,population[,pop_2011,...]).")
    Path settlements;

    @Option(names = "--facilities", paramLabel = "FILE", description = "Facilities CSV or GeoJSON (id,name,service,lon,lat[,capacity,municipality,status]).")
    Path facilities;

    @Option(names = "--code", paramLabel = "CODE", description = "Region code for user files without --region (default: ${DEFAULT-VALUE}).",
            defaultValue = RegionImportSource.USER_CODE)
    String code;

    @Option(names = "--schema", paramLabel = "NAME", defaultValue = PostgisStores.DEFAULT_SCHEMA,
            description = "Database schema of the Dostap tables (default: ${DEFAULT-VALUE}).")
    String schema;

    @Override
    public Integer call() {
        DatabaseUrl url = DatabaseUrl.parse(db);
        RegionData data = RegionImportSource.assemble(Optional.ofNullable(region), Optional.ofNullable(settlements),
                Optional.ofNullable(facilities), Optional.ofNullable(code), new BundledRegionStore());
        long start = System.nanoTime();
        try (PostgisStores stores = PostgisStores.open(url, schema, 2)) {
            String source = settlements == null ? "bundled" : data.provenance();
            PostgisRegionWriter.Written w = new PostgisRegionWriter(stores.database()).replaceRegion(data, source,
                    settlements == null ? "settlements" : settlements.toString(),
                    facilities == null ? "facilities" : facilities.toString(), ProgressListener.NONE);
            spec.commandLine().getOut().printf("Imported region %s into %s (schema %s): %d settlements, %d population values,"
                            + " %d facilities, %d municipalities in %.1f s.%n", w.regionCode(), url.describe(), schema, w.settlements(),
                    w.populationValues(), w.facilities(), w.municipalities(), (System.nanoTime() - start) / 1e9);
            if (data.anyIllustrativeFacility())
                spec.commandLine().getOut().println("Note: the facilities are an ILLUSTRATIVE baseline, not real service locations.");
        }
        return DostapCommand.EXIT_OK;
    }
}
