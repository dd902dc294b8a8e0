package org.dostap.web.analysis.optimize;

import org.dostap.data.input.FacilityFileReader;
import org.dostap.data.input.RegionExtent;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.optimize.CapacitatedPMedianProblem;
import org.dostap.engine.optimize.CostMatrix;
import org.dostap.engine.optimize.InterMunicipalNetwork;
import org.dostap.engine.optimize.LocationInstance;
import org.dostap.engine.optimize.LocationOptimizer;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.ProblemKind;
import org.dostap.engine.optimize.SolveOptions;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --region} form of {@code optimize}: settlements are the demand (population column as weight),
 * candidates come from a rule or a file, existing centres are kept open on request; car travel times from the
 * provider (estimated unless a road network is loaded). Returns an {@link OptimizationResult} with the per-settlement
 * assignment and the municipal table.
 */
public final class RegionOptimization {
    private static final int MEDIAN_SEARCH_LIMIT_SECONDS = 6 * 3600;
    private final TravelTimeProvider provider;

    /**
     * @param capacity     capacity of every site in people (capacitated problems); null: each site's own
     * @param ownCapacities sites with their own capacity (a kept centre's, a candidates file's) keep it; {@code capacity}
     *                     fills the rest
     */
    public record Settings(String service, ProblemKind kind, int newSites, Double thresholdMinutes, boolean keepExisting,
                    String candidates, Integer capacity, boolean ownCapacities, String populationColumn, List<String> partners,
                    double minShare, boolean hostsAmongPartners, double costPerCentre) { }

    /** A candidate site: where, what it is called, its municipality, capacity (0 unknown) and whether it exists. */
    private record Site(String id, String name, String municipality, GeoPoint location, int capacity, boolean existing) { }

    public RegionOptimization(TravelTimeProvider provider) { this.provider = provider; }

    /** One run: the region (scenario edits already applied), what to solve, and the solver's limits and monitor. */
    public record Request(RegionData region, Settings settings, SolveOptions options) { }

    public OptimizationResult run(Request request) {
        RegionData region = request.region();
        Settings s = request.settings();
        SolveOptions options = request.options();
        ServiceType service = region.services().get(s.service());
        String column = region.requirePopulationColumn(s.populationColumn());
        int thresholdSeconds = (int) Math.round(s.thresholdMinutes() == null ? service.standardSeconds() : s.thresholdMinutes() * 60);
        List<Site> sites = candidates(region, s, service);
        List<Settlement> settlements = region.settlements();
        int sitesTotal = s.newSites() + (int) sites.stream().filter(Site::existing).count();
        int limit = s.kind().needsThreshold() && s.kind() != ProblemKind.INTER_MUNICIPAL ? thresholdSeconds : Math.max(thresholdSeconds, MEDIAN_SEARCH_LIMIT_SECONDS);
        options.monitor().phase("travel times");
        ProgressListener stopCheck = (done, total) -> options.monitor().throwIfStopped();
        TravelTimeMatrix times = provider.matrix(provider.prepareOrigins(settlements.stream().map(Settlement::location).toList(), TravelMode.CAR),
                sites.stream().map(Site::location).toList(), TravelMode.CAR, limit, stopCheck);
        LocationInstance.Builder b = LocationInstance.builder(CostMatrix.fromTravelTimes(times)).costsInSeconds(true)
                .weights(settlements.stream().mapToDouble(x -> x.population(column)).toArray())
                .demandIds(settlements.stream().map(x -> x.id() + " " + x.name()).toList())
                .candidateIds(sites.stream().map(Site::id).toList())
                .fixedOpen(java.util.stream.IntStream.range(0, sites.size()).filter(j -> sites.get(j).existing()).toArray());
        if (s.kind().capacitated()) b.capacities(capacities(sites, s));
        LocationInstance instance = b.build();
        LocationSolution solution;
        String rule = null;
        List<OptimizationResult.CostShare> costSharing = null;
        List<OptimizationResult.WhyChosen> whyChosen = null;
        if (s.kind() == ProblemKind.INTER_MUNICIPAL) {
            InterMunicipalNetwork.Result r = new InterMunicipalNetwork().solve(new InterMunicipalNetwork.Request(instance,
                    settlements.stream().map(Settlement::municipality).toList(), sites.stream().map(Site::municipality).toList(),
                    sitesTotal, thresholdSeconds, Set.copyOf(s.partners()), s.minShare(), s.hostsAmongPartners(), s.costPerCentre()), options);
            solution = r.solution();
            rule = "the network's cost (cost per centre x open centres) is split in proportion to the population each partner has within the standard of its assigned host";
            costSharing = r.municipalities().stream().map(x -> new OptimizationResult.CostShare(x.municipality(), x.population(),
                    x.populationWithinStandard(), x.shareWithinStandard(), x.hostsInMunicipality(), x.costShare(), x.cost())).toList();
            whyChosen = r.contributions().stream().map(x -> new OptimizationResult.WhyChosen(x.siteId(), x.municipality(), x.rank(),
                    x.populationAdded(), x.settlementsNewlyCovered(), x.populationAssigned())).toList();
        } else {
            solution = s.kind() == ProblemKind.CAPACITATED_P_MEDIAN ? capacitatedMedian(instance, sitesTotal, options)
                    : new LocationOptimizer().solve(s.kind(), instance, sitesTotal, thresholdSeconds, options);
        }
        boolean illustrative = sites.stream().anyMatch(Site::existing) && region.facilitiesOf(service.id()).stream().anyMatch(Facility::illustrative);
        List<OptimizationResult.Site> chosen = solution.sites().stream().map(j -> { Site x = sites.get(j); return new OptimizationResult.Site(
                x.id(), x.name(), x.municipality(), x.location().lon(), x.location().lat(), x.existing()); }).toList();
        return new OptimizationResult(SolutionSummary.of(solution), unit(s.kind()), region.code(), service.id(), thresholdSeconds / 60.0,
                s.newSites(), column, provider.source().label(), provider.description(), illustrative, chosen,
                assignment(settlements, sites, times, solution, column, thresholdSeconds),
                municipalTable(region, settlements, sites, times, solution, column, thresholdSeconds), rule, costSharing, whyChosen, null);
    }

    /**
     * Capacitated p-median on a region: settlements may go to any of their 3 m / p nearest candidates (at least 20), so that
     * few new centres among many candidates stay reachable (the engine's default of 20 suits p near m / 10).
     */
    private static LocationSolution capacitatedMedian(LocationInstance instance, int p, SolveOptions options) {
        int nearest = Math.max(20, (int) Math.ceil(3.0 * instance.allowedSites().length / Math.max(1, p)));
        return new CapacitatedPMedianProblem(instance, p).withSparsity(100, nearest).solve(options);
    }

    /** The unit of a problem's objective in the result ({@code objective_unit}). */
    public static String unit(ProblemKind kind) {
        return switch (kind) {
            case P_MEDIAN, CAPACITATED_P_MEDIAN -> "person-seconds";
            case P_CENTER -> "seconds";
            case LSCP -> "sites";
            default -> "people";
        };
    }

    private List<Site> candidates(RegionData region, Settings s, ServiceType service) {
        List<Site> out = new ArrayList<>();
        Map<String, Settlement> byId = region.settlementsById();
        String rule = s.candidates();
        if ("municipal-seats".equals(rule)) {
            for (AdminArea a : region.municipalities()) {
                Settlement seat = byId.get(a.seatId());
                if (seat != null) out.add(new Site(seat.id(), seat.name(), seat.municipality(), seat.location(), 0, false));
            }
        } else if ("settlements".equals(rule)) {
            for (Settlement x : region.settlements()) out.add(new Site(x.id(), x.name(), x.municipality(), x.location(), 0, false));
        } else {
            Path file = Path.of(rule);
            if (!Files.isRegularFile(file))
                throw PlanningException.invalid("--candidates: '" + rule + "' is neither municipal-seats, settlements nor an existing file");
            for (Facility f : new FacilityFileReader(region.services(), RegionExtent.of(region, 20_000)).read(file))
                if (f.serviceType().equals(service.id())) out.add(new Site(f.id(), f.name(), f.municipality(), f.location(), f.capacity(), false));
            if (out.isEmpty())
                throw PlanningException.invalid(file.getFileName() + ": no candidate of service " + service.id() + " in the file");
        }
        if (s.keepExisting()) {
            Set<String> ids = new HashSet<>();
            for (Facility f : region.facilitiesOf(service.id()))
                if (f.status() == FacilityStatus.EXISTING && ids.add(f.id()))
                    out.add(new Site(f.id(), f.name(), f.municipality(), f.location(), f.capacity(), true));
        }
        return out;
    }

    private static double[] capacities(List<Site> sites, Settings s) {
        double[] c = new double[sites.size()];
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < c.length; j++) {
            int own = sites.get(j).capacity();
            boolean useOwn = s.capacity() == null || (s.ownCapacities() && own > 0);
            c[j] = useOwn ? own : s.capacity();
            if (useOwn && own == 0) missing.add(sites.get(j).id());
        }
        if (!missing.isEmpty())
            throw PlanningException.invalid("Problem " + s.kind().externalName() + " needs site capacities: give a capacity for every site "
                    + "(--capacity N, the API's \"capacity\", or a candidates file with a capacity column; no capacity for " + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
                    + (missing.size() > 10 ? ", ..." : "") + ")");
        return c;
    }

    private static List<OptimizationResult.Assignment> assignment(List<Settlement> settlements, List<Site> sites, TravelTimeMatrix times,
                                                                  LocationSolution solution, String column, int threshold) {
        List<OptimizationResult.Assignment> out = new ArrayList<>();
        for (int i = 0; i < settlements.size(); i++) {
            Settlement x = settlements.get(i);
            int j = solution.assignment().get(i);
            int t = j < 0 ? TravelTimeMatrix.UNREACHABLE : times.seconds(i, j);
            out.add(new OptimizationResult.Assignment(x.id(), x.name(), x.municipality(), x.population(column),
                    j < 0 ? null : sites.get(j).id(), t == TravelTimeMatrix.UNREACHABLE ? null : Math.round(t / 6.0) / 10.0, t <= threshold));
        }
        return out;
    }

    private static List<OptimizationResult.MunicipalityRow> municipalTable(RegionData region, List<Settlement> settlements, List<Site> sites,
                                                            TravelTimeMatrix times, LocationSolution solution, String column, int threshold) {
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (AdminArea a : region.municipalities()) figures.put(a.code(), new long[3]);
        for (int i = 0; i < settlements.size(); i++) {
            long[] f = figures.computeIfAbsent(settlements.get(i).municipality(), k -> new long[3]);
            int pop = settlements.get(i).population(column);
            int j = solution.assignment().get(i);
            f[0] += pop;
            if (j >= 0 && times.seconds(i, j) <= threshold) f[1] += pop;
        }
        for (int j : solution.sites()) { long[] f = figures.get(sites.get(j).municipality()); if (f != null) f[2]++; }
        Map<String, AdminArea> areas = new LinkedHashMap<>();
        region.municipalities().forEach(a -> areas.put(a.code(), a));
        List<OptimizationResult.MunicipalityRow> out = new ArrayList<>();
        figures.forEach((code, f) -> out.add(new OptimizationResult.MunicipalityRow(code, areas.containsKey(code) ? areas.get(code).nameBg() : "",
                f[0], f[1], f[0] == 0 ? 0.0 : (double) f[1] / f[0], f[2])));
        return out;
    }
}
