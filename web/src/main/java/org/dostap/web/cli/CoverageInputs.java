package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.input.UserRegionReader;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.population.ProjectedColumn;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;

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
    private CoverageInputs() {}

    /**
     * User coordinates may lie anywhere on Earth: they are judged among themselves (settlements and facilities
     * together, or a facilities file among the region's settlements) by the sanity rules of
     * {@link org.dostap.data.input.CoordinateSanity} (swapped lon/lat, far from all others, mixed hemispheres).
     * @param anyPointOnEarth unused since the sanity rules replaced Bulgaria's extent (kept for callers)
     */
    static Optional<RegionData> load(BundledRegionStore store, String region, Path settlementsFile, Path facilitiesFile,
                                     boolean anyPointOnEarth, ProblemCollector problems) {
        if (region != null && settlementsFile != null) {
            problems.add(CommandLineProblems.option("--region"), "give either --region (optionally with --facilities) or --settlements with"
                    + " --facilities, not both");
            return Optional.empty();
        }
        if (region == null && (settlementsFile == null || facilitiesFile == null)) {
            problems.add(CommandLineProblems.option(settlementsFile == null ? "--settlements" : "--facilities"),
                    settlementsFile != null || facilitiesFile != null
                            ? "--settlements and --facilities go together: both files are required"
                            : "give --region CODE, or --settlements FILE with --facilities FILE");
            return Optional.empty();
        }
        boolean filesFound = true;
        for (Path f : new Path[] {settlementsFile, facilitiesFile}) {
            if (f != null && !Files.isRegularFile(f)) {
                problems.file(f.toString(), "file not found");
                filesFound = false;
            }
        }
        Optional<RegionData> bundled = region == null ? Optional.empty() : bundled(store, region, problems);
        if (!filesFound || (region != null && bundled.isEmpty())) return Optional.empty();
        UserRegionReader reader = new UserRegionReader(bundled.map(RegionData::services).orElse(ServiceCatalog.defaults()),
                null, region == null ? store.country().municipalities() : List.of());
        try {
            if (bundled.isPresent())
                return Optional.of(facilitiesFile == null ? bundled.get() : reader.readFacilitiesInto(bundled.get(), facilitiesFile));
            // yearly pop_YYYY columns (4 or more) also give the projection column proj_2030 (docs/projection.md)
            return Optional.of(ProjectedColumn.add(reader.read(settlementsFile, facilitiesFile), ProjectedColumn.DEFAULT_HORIZON_YEAR));
        } catch (PlanningException e) {
            problems.addAll(e);
            return Optional.empty();
        }
    }

    private static Optional<RegionData> bundled(BundledRegionStore store, String code, ProblemCollector problems) {
        try {
            return Optional.of(store.getRegion(code.trim()));
        } catch (PlanningException e) {
            e.problems().forEach(p -> problems.add(CommandLineProblems.orAt(p, "--region")));
            return Optional.empty();
        }
    }
}
