package org.dostap.web.cli;

import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.data.input.FacilityFileReader;
import org.dostap.data.input.RegionExtent;
import org.dostap.data.input.SettlementFileReader;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceCatalog;
import org.locationtech.jts.geom.Envelope;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the {@code coverage} command's region comes from: a bundled region by code, or the user's settlements
 * and facilities files. Problems go to the caller's collector (all of them, nothing thrown), so that they can be
 * reported together with the other options' problems.
 */
final class CoverageInputs {
    /** Region code of a region made from user files. */
    static final String USER_REGION_CODE = "FILES";
    /** User coordinates may lie this far outside Bulgaria's extent (without a road network). */
    static final double EXTENT_MARGIN_METRES = 20_000;

    private CoverageInputs() {}

    /** The bundled region, or empty (with the problem collected). */
    static Optional<RegionData> bundled(BundledRegionStore store, String code, ProblemCollector problems) {
        try {
            return Optional.of(store.getRegion(code.trim()));
        } catch (PlanningException e) {
            e.problems().forEach(p -> problems.add(p.source().isEmpty() ? "--region" : p.source(), p.row(), p.column(),
                    p.message()));
            return Optional.empty();
        }
    }

    /**
     * Reads both files (every problem of both is collected). {@code anyPointOnEarth}: with a road network, points
     * are checked against the network (not connected) instead of Bulgaria's extent.
     */
    static Optional<RegionData> fromFiles(BundledRegionStore store, Path settlementsFile, Path facilitiesFile,
                                          boolean anyPointOnEarth, ProblemCollector problems) {
        Envelope extent = anyPointOnEarth ? null : RegionExtent.withMargin(store.countryExtent(), EXTENT_MARGIN_METRES);
        ServiceCatalog services = ServiceCatalog.defaults();
        SettlementFileReader.SettlementInput settlements = null;
        List<Facility> facilities = null;
        try {
            settlements = new SettlementFileReader(extent).readInput(settlementsFile);
        } catch (PlanningException e) {
            e.problems().forEach(problems::add);
        }
        try {
            facilities = new FacilityFileReader(services, extent).read(facilitiesFile);
        } catch (PlanningException e) {
            e.problems().forEach(problems::add);
        }
        if (settlements == null || facilities == null) return Optional.empty();
        String provenance = "settlements: " + settlementsFile.getFileName() + "; facilities: " + facilitiesFile.getFileName()
                + " (user files)";
        return Optional.of(new RegionData(USER_REGION_CODE, "", "", settlements.settlements(), facilities, List.of(),
                Optional.empty(), services, settlements.populationColumns(), provenance));
    }
}
