package org.dostap.engine.catchment;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.coverage.AccessModel;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TimeBand;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * The one public way to compute catchments: polygons from the travel-time provider
 * ({@link org.dostap.engine.traveltime.TravelTimeProvider#catchmentPolygon}) and the settlements reached, read
 * from the {@link AccessModel}'s travel-time columns (so they agree with coverage). Stateless; safe to share.
 */
public final class CatchmentService {
    /**
     * @throws org.dostap.engine.common.PlanningException INVALID_INPUT listing every problem (unknown service type,
     *         unknown facility id or one of another service type, unknown population column)
     */
    public CatchmentResult compute(AccessModel model, CatchmentRequest request) {
        RegionData region = model.region();
        List<Facility> facilities = validate(region, request);
        String column = request.populationColumn() == null ? region.defaultPopulationColumn() : request.populationColumn();
        List<Settlement> settlements = region.settlements();
        List<Catchment> out = new ArrayList<>();
        TimeBand band = model.provider().band(model.mode());
        for (Facility f : facilities) {
            int[] times = model.travelTimesSeconds(f.id());
            int[] limits = request.thresholdsSeconds().stream().mapToInt(Integer::intValue).toArray();
            List<Geometry> polygons = model.provider().catchmentPolygons(f.location(), model.mode(), limits);
            for (int k = 0; k < limits.length; k++) {
                int t = limits[k];
                List<String> reached = new ArrayList<>();
                long population = 0, low = 0, high = 0;
                for (int i = 0; i < times.length; i++) {
                    int pop = settlements.get(i).population(column);
                    if (times[i] <= t) {
                        reached.add(settlements.get(i).id());
                        population += pop;
                    }
                    // the estimate's range, as coverage counts it (UNREACHABLE stays so in the band)
                    if (times[i] != TravelTimeMatrix.UNREACHABLE && band.highSeconds(times[i]) <= t) low += pop;
                    if (times[i] != TravelTimeMatrix.UNREACHABLE && band.lowSeconds(times[i]) <= t) high += pop;
                }
                out.add(new Catchment(f.id(), f.serviceType(), t, polygons.get(k), reached, population,
                        f.illustrative(), Math.min(low, population), Math.max(high, population)));
            }
        }
        return new CatchmentResult(request.serviceTypeId(), column, model.source().label(),
                model.provider().description(), facilities.stream().anyMatch(Facility::illustrative), out);
    }

    private static List<Facility> validate(RegionData region, CatchmentRequest request) {
        ProblemCollector problems = new ProblemCollector();
        if (region.services().find(request.serviceTypeId()).isEmpty())
            problems.field("service", "unknown service type '" + request.serviceTypeId() + "'. Known types: "
                    + String.join(", ", region.services().list().stream().map(ServiceType::id).toList()) + ".");
        if (request.populationColumn() != null && !region.populationColumns().contains(request.populationColumn()))
            problems.field("population", "unknown population column '" + request.populationColumn()
                    + "'. Available: " + String.join(", ", region.populationColumns()) + ".");
        List<Facility> chosen = new ArrayList<>();
        if (request.facilityIds().isEmpty()) {
            region.facilitiesOf(request.serviceTypeId()).stream()
                    .filter(f -> f.status() != FacilityStatus.CANDIDATE).forEach(chosen::add);
        } else {
            for (String id : request.facilityIds()) {
                Facility f = region.findFacility(id).orElse(null);
                if (f == null) problems.field("facility_ids", "no facility with id '" + id + "'");
                else if (!f.serviceType().equals(request.serviceTypeId()))
                    problems.field("facility_ids", "facility '" + id + "' provides '" + f.serviceType()
                            + "', not '" + request.serviceTypeId() + "'");
                else chosen.add(f);
            }
        }
        problems.throwIfAny();
        return chosen;
    }
}
