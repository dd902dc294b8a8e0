package org.dostap.web.analysis;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.scenario.ScenarioEdits;
import org.dostap.engine.store.RegionStore;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point of the web layer into the engine's access analysis. Scenario edits are applied to a
 * copy of the region ({@link ScenarioEdits}); the baseline held by the {@link RegionStore} is never changed.
 * Thread-safe.
 */
public final class AccessAnalysis {
    private final RegionStore regions;
    private final CoverageBackend backend;

    public AccessAnalysis(RegionStore regions, TravelTimeProvider travelTimes) {
        this.regions = regions;
        this.backend = new CoverageBackend(travelTimes);
    }

    public RegionStore regions() { return regions; }

    public TravelTimeProvider travelTimes() { return backend.travelTimes(); }

    /** The baseline region. @throws PlanningException NOT_FOUND for an unknown code */
    public RegionData region(String code) { return regions.getRegion(code); }

    /** A copy of the region with the edits applied. @throws PlanningException INVALID_INPUT listing every bad edit */
    public RegionData edited(String code, List<ScenarioEdit> edits) {
        RegionData baseline = region(code);
        return edits.isEmpty() ? baseline : ScenarioEdits.apply(baseline, edits);
    }

    public CoverageView coverage(CoverageQuery query) {
        return backend.evaluate(query, edited(query.regionCode(), query.edits()));
    }

    /** The query's scenario against the baseline (same service, threshold and population column). */
    public Comparison compareWithBaseline(CoverageQuery query) {
        CoverageView scenario = coverage(query);
        CoverageView baseline = query.isBaseline() ? scenario : coverage(query.baseline());
        return Comparison.of(baseline, scenario);
    }

    /** The same network with population column {@code fromColumn} (before) against the query's column (after). */
    public Comparison comparePopulation(CoverageQuery query, String fromColumn) {
        RegionData region = edited(query.regionCode(), query.edits());
        CoverageView after = backend.evaluate(query, region);
        CoverageView before = backend.evaluate(query.withPopulationColumn(fromColumn), region);
        return Comparison.of(before, after);
    }

    /** @throws PlanningException NOT_FOUND for an unknown settlement id */
    public SettlementDetail detail(String regionCode, String settlementId, List<ScenarioEdit> edits) {
        RegionData region = edited(regionCode, edits);
        int index = indexOf(region, settlementId);
        Settlement s = region.settlements().get(index);
        List<ServiceAccess> services = new ArrayList<>();
        for (ServiceType t : region.services().list()) services.add(backend.nearest(region, index, t));
        PointAccess access = backend.access(region, index);
        return new SettlementDetail(s, access.connected(), access.snapDistanceMetres(), services,
                backend.travelTimes().source().label());
    }

    /** Catchment polygons of every facility of the service type, for each threshold (seconds). */
    public List<CatchmentArea> catchments(String regionCode, String serviceType, List<Integer> thresholdsSeconds,
                                          List<ScenarioEdit> edits) {
        RegionData region = edited(regionCode, edits);
        List<CatchmentArea> out = new ArrayList<>();
        for (int threshold : thresholdsSeconds.stream().sorted(java.util.Comparator.reverseOrder()).toList())
            for (Facility f : region.facilitiesOf(serviceType))
                out.add(new CatchmentArea(f, threshold, backend.catchment(f, threshold)));
        return out;
    }

    private static int indexOf(RegionData region, String settlementId) {
        for (int i = 0; i < region.settlements().size(); i++)
            if (region.settlements().get(i).id().equals(settlementId)) return i;
        throw PlanningException.notFound("No settlement with id '" + settlementId + "' in region " + region.code() + ".");
    }
}
