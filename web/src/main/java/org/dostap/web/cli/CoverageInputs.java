package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.input.RegionExtent;
import org.dostap.data.input.UserRegionReader;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.population.ProjectedColumn;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the {@code coverage} command's region comes from: a bundled region by code (optionally with the user's
 * facilities file instead of the illustrative ones), or the user's settlements and facilities files. Problems go to
 * the caller's collector (all of them, nothing thrown), so that they are reported with the other options' problems.
 */
final class CoverageInputs {
    /** User coordinates may lie this far outside Bulgaria's extent (without a road network). */
    static final double EXTENT_MARGIN_METRES = 5_000;

    private CoverageInputs() {}

    /**
     * @param anyPointOnEarth with a road network, points are checked against the network (not connected)
     *                        instead of Bulgaria's extent
     */
    static Optional<RegionData> load(BundledRegionStore store, String region, Path settlementsFile, Path facilitiesFile,
                                     boolean anyPointOnEarth, ProblemCollector problems) {
        if (region != null && settlementsFile != null) {
            problems.add("--region", 0, "", "give either --region (optionally with --facilities) or --settlements with"
                    + " --facilities, not both");
            return Optional.empty();
        }
        if (region == null && (settlementsFile == null || facilitiesFile == null)) {
            problems.add(settlementsFile == null ? "--settlements" : "--facilities", 0, "",
                    settlementsFile != null || facilitiesFile != null
                            ? "--settlements and --facilities go together: both files are required"
                            : "give --region CODE, or --settlements FILE with --facilities FILE");
            return Optional.empty();
        }
        boolean filesFound = true;
        for (Path f : new Path[] {settlementsFile, facilitiesFile}) {
            if (f != null && !Files.isRegularFile(f)) {
                problems.add(f.toString(), 0, "", "file not found");
                filesFound = false;
            }
        }
        Optional<RegionData> bundled = region == null ? Optional.empty() : bundled(store, region, problems);
        if (!filesFound || (region != null && bundled.isEmpty())) return Optional.empty();
        Envelope extent = anyPointOnEarth ? null : RegionExtent.withMargin(store.countryExtent(), EXTENT_MARGIN_METRES);
        UserRegionReader reader = new UserRegionReader(bundled.map(RegionData::services).orElse(ServiceCatalog.defaults()),
                extent, region == null ? store.country().municipalities() : List.of());
        try {
            if (bundled.isPresent())
                return Optional.of(facilitiesFile == null ? bundled.get() : reader.readFacilitiesInto(bundled.get(), facilitiesFile));
            // yearly pop_YYYY columns (4 or more) also give the projection column proj_2030 (docs/projection.md)
            return Optional.of(ProjectedColumn.add(reader.read(settlementsFile, facilitiesFile), ProjectedColumn.DEFAULT_HORIZON_YEAR));
        } catch (PlanningException e) {
            e.problems().forEach(problems::add);
            return Optional.empty();
        }
    }

    private static Optional<RegionData> bundled(BundledRegionStore store, String code, ProblemCollector problems) {
        try {
            return Optional.of(store.getRegion(code.trim()));
        } catch (PlanningException e) {
            e.problems().forEach(p -> problems.add(p.source().isEmpty() ? "--region" : p.source(), p.row(), p.column(),
                    p.message()));
            return Optional.empty();
        }
    }
}
