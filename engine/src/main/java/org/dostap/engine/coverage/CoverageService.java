package org.dostap.engine.coverage;

import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.PointAccess;
import org.dostap.engine.traveltime.TimeBand;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The one public way to measure coverage: per settlement the nearest facility of each service type and
 * its time; per municipality and for the region the coverage table, uncovered settlements, weighted travel-time
 * statistics and E2SFCA. Facilities with status {@code candidate} are sites for optimization, not services:
 * they are left out. Stateless; safe to share. Cheap: it only reads the {@link AccessModel}'s columns.
 */
public final class CoverageService {
    private final String softwareVersion;

    public CoverageService() { this(org.dostap.engine.common.SoftwareVersion.current().label()); }

    public CoverageService(String softwareVersion) { this.softwareVersion = softwareVersion; }

    /**
     * @throws org.dostap.engine.common.PlanningException INVALID_INPUT listing every problem of the request
     *         (unknown service type, unknown population column, threshold beyond the search limit)
     */
    public CoverageResult evaluate(AccessModel model, CoverageRequest request) {
        RegionData region = model.region();
        ServiceType type = validate(model, request);
        String column = request.populationColumn() == null ? region.defaultPopulationColumn() : request.populationColumn();
        int threshold = request.thresholdSeconds() > 0 ? request.thresholdSeconds() : type.standardSeconds(model.mode());
        TreeSet<Integer> table = new TreeSet<>(request.thresholdsSeconds());
        table.add(threshold);
        List<Integer> thresholds = List.copyOf(table);

        List<Settlement> settlements = region.settlements();
        int n = settlements.size();
        long[] population = new long[n];
        boolean[] connected = new boolean[n];
        for (int i = 0; i < n; i++) {
            population[i] = settlements.get(i).population(column);
            connected[i] = model.settlementAccess(i).connected();
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Nearest> nearestByType = new TreeMap<>();
        TimeBand band = model.provider().band(model.mode());
        for (ServiceType t : region.services().list()) nearestByType.put(t.id(), nearest(model, servicesOf(region, t.id()), band));
        Nearest requested = nearestByType.get(type.id());
        if (servicesOf(region, type.id()).isEmpty())
            warnings.add("The region has no facility of service type '" + type.id() + "': no settlement is covered.");
        for (Facility f : servicesOf(region, type.id())) {
            int[] col = model.column(f.id());
            boolean any = false;
            for (int v : col) any |= v != TravelTimeMatrix.UNREACHABLE;
            if (!any && n > 0) warnings.add("Facility '" + f.id() + "' (" + f.name() + ") is reached by no settlement"
                    + " within " + model.searchLimitSeconds() / 60 + " min: check its location.");
        }

        double[] e2sfca = null;
        AreaAggregator.E2sfcaFacts facts = null;
        List<Facility> withCapacity = servicesOf(region, type.id()).stream().filter(f -> f.capacity() > 0).toList();
        if (!withCapacity.isEmpty()) {
            List<int[]> cols = withCapacity.stream().map(f -> model.column(f.id())).toList();
            int[] caps = withCapacity.stream().mapToInt(Facility::capacity).toArray();
            e2sfca = E2sfca.accessibility(cols, caps, population, threshold);
            for (int i = 0; i < n; i++) e2sfca[i] *= 1000;
            facts = new AreaAggregator.E2sfcaFacts(threshold, withCapacity.size(), java.util.Arrays.stream(caps).asLongStream().sum());
            int without = servicesOf(region, type.id()).size() - withCapacity.size();
            if (without > 0) warnings.add(without + " facilities of '" + type.id()
                    + "' have no capacity and are left out of the E2SFCA index.");
        }

        List<SettlementAccess> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Settlement s = settlements.get(i);
            PointAccess access = model.settlementAccess(i);
            List<ServiceAccess> services = new ArrayList<>();
            for (ServiceType t : region.services().list()) {
                Nearest near = nearestByType.get(t.id());
                services.add(near.access(i, t, threshold, connected[i], model.mode()));
            }
            rows.add(new SettlementAccess(s.id(), s.name(), s.municipality(), (int) population[i], access.connected(),
                    access.snapDistanceMetres(), services, e2sfca == null ? null : e2sfca[i]));
        }

        AreaAggregator agg = new AreaAggregator(settlements, requested.times(), requested.low(), requested.high(), connected, population, e2sfca, facts,
                thresholds, threshold);
        AreaCoverage regionCoverage = agg.aggregate(region.code(), region.nameBg(), region.nameEn(), indices(n, s -> true));
        List<AreaCoverage> municipalities = new ArrayList<>();
        Map<String, AdminArea> areas = new TreeMap<>();
        for (AdminArea a : region.municipalities()) areas.put(a.code(), a);
        TreeSet<String> codes = new TreeSet<>();
        for (Settlement s : settlements) if (!s.municipality().isEmpty()) codes.add(s.municipality());
        for (String code : codes) {
            AdminArea a = areas.get(code);
            municipalities.add(agg.aggregate(code, a == null ? "" : a.nameBg(), a == null ? "" : a.nameEn(),
                    indices(n, i -> settlements.get(i).municipality().equals(code))));
        }
        boolean illustrative = servicesOf(region, type.id()).stream().anyMatch(Facility::illustrative);
        CoverageProvenance provenance = new CoverageProvenance(region.code(), region.provenance(), column,
                model.source().label(), model.provider().description(), model.mode().label(),
                model.searchLimitSeconds(), illustrative, softwareVersion, model.provider().estimateModel().orElse(null));
        return new CoverageResult(type.id(), threshold, thresholds, rows, regionCoverage, municipalities,
                provenance, warnings);
    }

    /**
     * Every problem of the request against a region, without computing anything (empty when it is fine), so
     * that callers can report them together with their own before expensive work. {@link #evaluate} throws them.
     */
    public List<Problem> check(RegionData region, CoverageRequest request, int searchLimitSeconds) {
        ProblemCollector problems = new ProblemCollector();
        ServiceType type = region.services().find(request.serviceTypeId()).orElse(null);
        if (type == null)
            problems.add("request", 0, "service", "unknown service type '" + request.serviceTypeId() + "'. Known types: "
                    + String.join(", ", region.services().list().stream().map(ServiceType::id).toList()) + ".");
        if (request.populationColumn() != null && !region.populationColumns().contains(request.populationColumn()))
            problems.add("request", 0, "population", "unknown population column '" + request.populationColumn()
                    + "'. Available: " + String.join(", ", region.populationColumns()) + ".");
        int threshold = request.thresholdSeconds() > 0 ? request.thresholdSeconds() : type == null ? 0 : Math.max(type.standardSeconds(), type.footStandardSeconds()); // either mode's standard
        int largest = Math.max(threshold, request.thresholdsSeconds().get(request.thresholdsSeconds().size() - 1));
        if (largest > searchLimitSeconds)
            problems.add("request", 0, "thresholds", "threshold " + largest / 60 + " min is beyond the search limit of "
                    + searchLimitSeconds / 60 + " min.");
        return problems.problems();
    }

    private ServiceType validate(AccessModel model, CoverageRequest request) {
        List<Problem> problems = check(model.region(), request, model.searchLimitSeconds());
        if (!problems.isEmpty()) throw PlanningException.invalid(problems);
        return model.region().services().get(request.serviceTypeId());
    }

    /** Facilities that provide the service (existing or planned; candidates are not services). */
    static List<Facility> servicesOf(RegionData region, String serviceTypeId) {
        return region.facilitiesOf(serviceTypeId).stream().filter(f -> f.status() != FacilityStatus.CANDIDATE).toList();
    }

    private static List<Integer> indices(int n, java.util.function.IntPredicate keep) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) if (keep.test(i)) out.add(i);
        return out;
    }

    private static Nearest nearest(AccessModel model, List<Facility> facilities, TimeBand band) {
        int n = model.region().settlements().size();
        int[] times = new int[n];
        String[] ids = new String[n];
        java.util.Arrays.fill(times, TravelTimeMatrix.UNREACHABLE);
        for (Facility f : facilities) {
            int[] col = model.column(f.id());
            for (int i = 0; i < n; i++) {
                if (col[i] < times[i]) {
                    times[i] = col[i];
                    ids[i] = f.id();
                }
            }
        }
        int[] low = new int[n], high = new int[n];
        for (int i = 0; i < n; i++) { // the band ends are non-decreasing in the time: the nearest facility's band
            low[i] = Math.min(times[i], band.lowSeconds(times[i]));
            high[i] = Math.max(times[i], band.highSeconds(times[i]));
        }
        return new Nearest(times, low, high, ids);
    }

    /** Per settlement: seconds to the nearest facility of one type, the error band, and its id (null when none). */
    private record Nearest(int[] times, int[] low, int[] high, String[] ids) {
        /** {@code withinStandard}: within the type's standard for how people travel ({@code mode}: by car or on foot). */
        ServiceAccess access(int i, ServiceType type, int thresholdSeconds, boolean connected, org.dostap.engine.traveltime.TravelMode mode) {
            if (!connected || times[i] == TravelTimeMatrix.UNREACHABLE)
                return new ServiceAccess(type.id(), null, null, false, false);
            return new ServiceAccess(type.id(), ids[i], times[i], times[i] <= thresholdSeconds,
                    times[i] <= type.standardSeconds(mode), low[i], high[i]);
        }
    }
}
