package org.dostap.web.analysis.optimize;

import org.dostap.data.input.FacilityFileReader;
import org.dostap.data.input.RegionExtent;
import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.optimize.CapacitatedPMedianProblem;
import org.dostap.engine.optimize.SplitCapacitatedMedian;
import org.dostap.engine.coverage.ServiceDemand;
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
import org.dostap.engine.traveltime.TimeBand;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import org.dostap.web.analysis.RunProvenance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --region} form of {@code optimize}: settlements are the demand (population column as weight),
 * candidates come from a rule or a file, existing centres are kept open on request; travel times of the settings'
 * mode (by car or on foot) from the provider (estimated unless a road network is loaded). Builds the JSON result with the per-settlement assignment
 * and the municipal table.
 */
public final class RegionOptimization {
    private static final int MEDIAN_SEARCH_LIMIT_SECONDS = 6 * 3600;
    /** A candidate this close to a centre of the service (and the nearest to it) hosts that centre already. */
    static final double HOST_RADIUS_METRES = 2_000;
    /** The default candidate rule: every settlement that does not host a centre of the service. */
    public static final String DEFAULT_CANDIDATES = "settlements";
    private final TravelTimeProvider provider;

    /**
     * @param capacity     capacity of every site in places (capacitated problems); null: each site's own
     * @param uptakePer1000 capacitated problems: service users per 1,000 of {@code targetGroup} (null: the service's default, sourced or assumed)
     * @param targetGroup  the population column the rate applies to (null: {@code populationColumn})
     * @param singleSource capacitated p-median: each settlement's users all at one site (default: split, see {@link SplitCapacitatedMedian#RULE})
     * @param ownCapacities sites with their own capacity (a kept centre's, a candidates file's) keep it; {@code capacity}
     *                     fills the rest
     * @param mode         how people travel to the centres (null: by car); the default threshold is that mode's standard
     */
    public record Settings(String service, ProblemKind kind, int newSites, Double thresholdMinutes, boolean keepExisting,
                    String candidates, Integer capacity, boolean ownCapacities, String populationColumn, List<String> partners,
                    double minShare, boolean hostsAmongPartners, double costPerCentreEur, Double uptakePer1000, String targetGroup,
                    boolean singleSource, TravelMode mode) {
        public Settings {
            mode = mode == null ? TravelMode.CAR : mode;
        }
    }

    /** A candidate site: where, what it is called, its municipality, capacity (0 unknown) and whether it exists. */
    record Site(String id, String name, String municipality, GeoPoint location, int capacity, boolean existing) { }

    public RegionOptimization(TravelTimeProvider provider) { this.provider = provider; }

    /** One run: the region (scenario edits already applied), what to solve, and the solver's limits and monitor. */
    public record Request(RegionData region, Settings settings, SolveOptions options) { }

    public OptimizationResult run(Request request) {
        RegionData region = request.region();
        Settings s = request.settings();
        SolveOptions options = request.options();
        int n = region.settlements().size();
        if (!Limits.OPTIMIZATION_SETTLEMENTS.contains(n))
            throw PlanningException.invalid(List.of(Problem.atField("settlements", Limits.OPTIMIZATION_SETTLEMENTS.quantity() + " "
                    + Limits.OPTIMIZATION_SETTLEMENTS.refusal(n) + ": run it on a smaller region (a province) or fewer settlements")));
        ServiceType service = region.services().get(s.service());
        String column = region.requirePopulationColumn(s.populationColumn());
        int thresholdSeconds = (int) Math.round(s.thresholdMinutes() == null ? service.standardSeconds(s.mode()) : s.thresholdMinutes() * 60);
        List<Site> sites = candidates(region, s, service);
        List<Settlement> settlements = region.settlements();
        int sitesTotal = s.newSites() + (s.keepExisting() ? (int) sites.stream().filter(Site::existing).count() : 0);
        int limit = s.kind().needsThreshold() && s.kind() != ProblemKind.INTER_MUNICIPAL ? thresholdSeconds : Math.max(thresholdSeconds, MEDIAN_SEARCH_LIMIT_SECONDS);
        options.monitor().phase("travel times");
        ProgressListener stopCheck = (done, total) -> options.monitor().throwIfStopped();
        TravelTimeMatrix times = provider.matrix(provider.prepareOrigins(settlements.stream().map(Settlement::location).toList(), s.mode()),
                sites.stream().map(Site::location).toList(), s.mode(), limit, stopCheck);
        LocationInstance.Builder b = LocationInstance.builder(CostMatrix.fromTravelTimes(times)).costsInSeconds(true)
                .weights(settlements.stream().mapToDouble(x -> x.population(column)).toArray())
                .demandIds(settlements.stream().map(x -> x.id() + " " + x.name()).toList())
                .candidateIds(sites.stream().map(Site::id).toList())
                .fixedOpen(s.keepExisting() ? java.util.stream.IntStream.range(0, sites.size()).filter(j -> sites.get(j).existing()).toArray() : new int[0]);
        ServiceDemand demand = null;
        if (s.kind().capacitated()) {
            demand = ServiceDemand.of(service.id(), s.targetGroup() == null ? column : region.requirePopulationColumn(s.targetGroup()), s.uptakePer1000());
            ServiceDemand d = demand;
            b.capacities(capacities(sites, s)).loads(settlements.stream().mapToDouble(x -> Math.round(d.users(x) * 100) / 100.0).toArray());
        }
        LocationInstance instance = b.build();
        SplitCapacitatedMedian.Result split = null;
        LocationSolution solution;
        OptimizationResult.Network network = null;
        if (s.kind() == ProblemKind.INTER_MUNICIPAL) {
            InterMunicipalNetwork.Result r = new InterMunicipalNetwork().solve(new InterMunicipalNetwork.Request(instance,
                    settlements.stream().map(Settlement::municipality).toList(), sites.stream().map(Site::municipality).toList(),
                    sitesTotal, thresholdSeconds, Set.copyOf(s.partners()), s.minShare(), s.hostsAmongPartners(), s.costPerCentreEur()), options);
            solution = r.solution();
            Map<String, String> names = new java.util.HashMap<>();
            region.municipalities().forEach(a -> names.put(a.code(), a.nameBg()));
            network = new OptimizationResult.Network("the partnership pays for the centres that serve it (hosted by a partner, or nearest centre of a "
                    + "partner settlement), not for centres outside it; the cost (cost per centre x those centres, EUR) is split in "
                    + "proportion to the population each partner has within the standard of its assigned host", "EUR",
                    r.costBasis().costPerCentreEur(), r.costBasis().siteIdsCharged().size(), r.costBasis().siteIdsCharged(),
                    r.costBasis().totalCostEur(),
                    r.municipalities().stream().map(x -> new OptimizationResult.CostShare(x.municipality(),
                            names.getOrDefault(x.municipality(), ""), x.population(), x.populationWithinStandard(), x.shareWithinStandard(),
                            x.hostsInMunicipality(), x.costShare(), x.costEur())).toList(),
                    r.contributions().stream().map(x -> new OptimizationResult.WhyChosen(x.siteId(), x.municipality(), x.rank(),
                            x.populationAdded(), x.settlementsNewlyCovered(), x.populationAssigned())).toList());
        } else {
            if (s.kind() == ProblemKind.CAPACITATED_P_MEDIAN && !s.singleSource()) {
                split = new SplitCapacitatedMedian(instance, sitesTotal, nearest(instance, sitesTotal)).solve(options);
                solution = split.solution();
            } else solution = s.kind() == ProblemKind.CAPACITATED_P_MEDIAN ? capacitatedMedian(instance, sitesTotal, options)
                    : new LocationOptimizer().solve(s.kind(), instance, sitesTotal, thresholdSeconds, options);
        }
        boolean illustrative = sites.stream().anyMatch(Site::existing) && region.facilitiesOf(service.id()).stream().anyMatch(Facility::illustrative);
        List<OptimizationResult.Site> chosen = solution.sites().stream().map(j -> { Site x = sites.get(j); return new OptimizationResult.Site(
                x.id(), x.name(), x.municipality(), x.location().lon(), x.location().lat(), x.existing()); }).toList();
        GainAndReason gain = gain(settlements, sites, times, solution, column, thresholdSeconds, s,
                gainRange(settlements, sites, solution, column, thresholdSeconds, s.mode(), stopCheck));
        return new OptimizationResult(SolutionSummary.of(solution), network, unit(s.kind()), region.code(), service.id(),
                thresholdSeconds / 60.0, s.mode().label(), s.newSites(), column, provider.source().label(), provider.description(), illustrative, chosen,
                gain.gain(), gain.noGain(), assignment(settlements, sites, times, solution, column, thresholdSeconds),
                municipalTable(region, settlements, sites, times, solution, column, thresholdSeconds), null,
                RunProvenance.of(region, column, provider, s.mode(), illustrative, List.of(), parameters(s)),
                demand == null ? null : capacity(instance, sites, settlements, solution, split, demand, s));
    }

    /** The settings as the provenance's parameters, the mode as everywhere else ({@code car}, {@code foot}). */
    private static Map<String, Object> parameters(Settings s) {
        Map<String, Object> out = RunProvenance.parameters(s);
        out.put("mode", s.mode().label());
        return out;
    }

    /**
     * Users and places of a capacitated run: per chosen site (occupancy, free places) and per settlement (split parts, or
     * the one site; users assigned to no site are not served), in hundredths of a user.
     */
    private static OptimizationResult.Capacity capacity(LocationInstance instance, List<Site> sites, List<Settlement> settlements,
                                                        LocationSolution solution, SplitCapacitatedMedian.Result split, ServiceDemand demand, Settings s) {
        double[] load = new double[sites.size()];
        List<OptimizationResult.SettlementUsers> rows = new ArrayList<>();
        double users = 0, served = 0;
        for (int i = 0; i < settlements.size(); i++) {
            List<OptimizationResult.Part> parts = new ArrayList<>();
            if (split != null)
                for (var part : split.parts().get(i)) { parts.add(new OptimizationResult.Part(sites.get(part.site()).id(), part.load())); load[part.site()] += part.load(); }
            else if (solution.assignment().get(i) >= 0 && instance.load(i) > 0) {
                int j = solution.assignment().get(i);
                parts.add(new OptimizationResult.Part(sites.get(j).id(), instance.load(i)));
                load[j] += instance.load(i);
            }
            double assigned = parts.stream().mapToDouble(OptimizationResult.Part::users).sum();
            users += instance.load(i);
            served += assigned;
            Settlement x = settlements.get(i);
            rows.add(new OptimizationResult.SettlementUsers(x.id(), x.name(), x.municipality(), instance.load(i),
                    hundredths(Math.max(0, instance.load(i) - assigned)), parts));
        }
        List<OptimizationResult.SiteLoad> loads = new ArrayList<>();
        double places = 0;
        for (int j : solution.sites()) {
            double cap = instance.capacity(j);
            places += cap;
            double u = hundredths(load[j]);
            Site site = sites.get(j);
            loads.add(new OptimizationResult.SiteLoad(site.id(), site.name(), site.municipality(), site.existing(), cap, u,
                    cap > 0 ? Math.round(u / cap * 10_000) / 10_000.0 : 0, hundredths(cap - u)));
        }
        boolean singleSource = s.kind() != ProblemKind.CAPACITATED_P_MEDIAN || s.singleSource();
        String rule = singleSource ? "single source: each settlement's users all go to one site" + (s.kind() == ProblemKind.CAPACITATED_P_MEDIAN ? "" : " (or are not covered)")
                : SplitCapacitatedMedian.RULE;
        return new OptimizationResult.Capacity(ServiceDemand.DEMAND_UNIT, ServiceDemand.CAPACITY_UNIT, demand, singleSource, rule,
                hundredths(users), places, hundredths(served), hundredths(Math.max(0, users - served)), loads, rows);
    }

    private static double hundredths(double v) { return Math.round(v * 100) / 100.0; }

    private static int nearest(LocationInstance instance, int p) {
        return Math.max(20, (int) Math.ceil(3.0 * instance.allowedSites().length / Math.max(1, p)));
    }

    private record GainAndReason(OptimizationResult.Gain gain, OptimizationResult.NoGain noGain) { }

    /**
     * Capacitated p-median on a region: settlements may go to any of their 3 m / p nearest candidates (at least 20), so that
     * few new centres among many candidates stay reachable (the engine's default of 20 suits p near m / 10).
     */
    private static LocationSolution capacitatedMedian(LocationInstance instance, int p, SolveOptions options) {
        return new CapacitatedPMedianProblem(instance, p).withSparsity(100, nearest(instance, p)).solve(options);
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

    /**
     * The candidate sites: the rule's (municipal seats, settlements or a file) minus every candidate that already hosts a
     * centre of the service (the candidate nearest to a centre in effect, within {@link #HOST_RADIUS_METRES}), plus the
     * centres in effect themselves, flagged existing: fixed open with {@code keepExisting}, otherwise free to be chosen
     * but then reported as existing, never as new. So a site that hosts a centre is never proposed as a new one.
     */
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
        List<Facility> centres = centresInEffect(region, service.id(), s.keepExisting());
        out.removeAll(hosting(out, centres));
        for (Facility f : centres) out.add(new Site(f.id(), f.name(), f.municipality(), f.location(), f.capacity(), true));
        return out;
    }

    /** Centres of the service open now: existing ones, and (without keep) the scenario's planned ones too. */
    private static List<Facility> centresInEffect(RegionData region, String service, boolean keepExisting) {
        Set<String> ids = new HashSet<>();
        List<Facility> out = new ArrayList<>();
        for (Facility f : region.facilitiesOf(service))
            if ((f.status() == FacilityStatus.EXISTING || (!keepExisting && f.status() == FacilityStatus.PLANNED)) && ids.add(f.id())) out.add(f);
        return out;
    }

    /** The candidates that host one of the centres: each centre's nearest candidate, when within {@link #HOST_RADIUS_METRES}. */
    static Set<Site> hosting(List<Site> candidates, List<Facility> centres) {
        Set<Site> out = new HashSet<>();
        for (Facility f : centres) {
            Site nearest = null;
            double best = HOST_RADIUS_METRES;
            for (Site c : candidates) {
                double d = c.location().distanceMetresTo(f.location());
                if (d <= best) { best = d; nearest = c; }
            }
            if (nearest != null) out.add(nearest);
        }
        return out;
    }

    /**
     * What the new sites add: population within the standard of the existing centres alone ({@code before}) and with the
     * chosen sites ({@code after}); for p-median and p-center the population-weighted mean travel time too. When the new
     * sites add nothing, {@code no_gain} says why ({@code code}, {@code message}, {@code args}), else it is null.
     */
    private static GainAndReason gain(List<Settlement> settlements, List<Site> sites, TravelTimeMatrix times,
                                            LocationSolution solution, String column, int threshold, Settings s, long[] range) {
        List<Integer> existing = java.util.stream.IntStream.range(0, sites.size()).filter(j -> sites.get(j).existing()).boxed().toList();
        List<Integer> chosen = solution.sites();
        long total = 0, before = 0, after = 0, uncoveredSettlements = 0, uncoveredPeople = 0, reachableByCandidate = 0;
        double sumBefore = 0, sumAfter = 0;
        boolean timesKnown = true;
        for (int i = 0; i < settlements.size(); i++) {
            int pop = settlements.get(i).population(column);
            int tb = nearest(times, i, existing), ta = nearest(times, i, chosen);
            total += pop;
            if (tb <= threshold) before += pop;
            if (ta <= threshold) after += pop;
            if (tb > threshold && pop > 0) {
                uncoveredSettlements++;
                uncoveredPeople += pop;
                for (int j = 0; j < sites.size(); j++)
                    if (!sites.get(j).existing() && times.seconds(i, j) <= threshold) { reachableByCandidate += pop; break; }
            }
            if (tb == TravelTimeMatrix.UNREACHABLE || ta == TravelTimeMatrix.UNREACHABLE) timesKnown = false;
            else { sumBefore += (double) pop * tb; sumAfter += (double) pop * ta; }
        }
        boolean median = s.kind() == ProblemKind.P_MEDIAN || s.kind() == ProblemKind.CAPACITATED_P_MEDIAN || s.kind() == ProblemKind.P_CENTER;
        Double meanBefore = null, meanAfter = null;
        if (median && timesKnown && total > 0 && !existing.isEmpty()) {
            meanBefore = Math.round(sumBefore / total / 6.0) / 10.0;
            meanAfter = Math.round(sumAfter / total / 6.0) / 10.0;
        }
        boolean anyGain = after > before || (meanBefore != null && meanAfter < meanBefore);
        if (range == null) range = new long[] {before, after, before, after};   // road times: no range
        long slow = range[1] - range[0], fast = range[3] - range[2], gained = after - before;
        return new GainAndReason(new OptimizationResult.Gain(total, before, after, after - before, meanBefore, meanAfter,
                        Math.min(before, range[0]), Math.max(before, range[2]), Math.min(after, range[1]), Math.max(after, range[3]),
                        Math.min(gained, Math.min(slow, fast)), Math.max(gained, Math.max(slow, fast))),
                anyGain ? null : noGain(s, threshold, uncoveredSettlements, uncoveredPeople, reachableByCandidate,
                        chosen.stream().anyMatch(j -> !sites.get(j).existing())));
    }

    /**
     * The population within the standard before and after over the estimate's error band (docs/estimate.md), as coverage
     * counts it: {beforeSlow, afterSlow, beforeFast, afterFast}, "slow" counting a settlement whose band's high end is
     * within the standard, "fast" one whose low end is. The times to the existing and chosen sites are computed again up
     * to the time whose low end is the standard (the solver's matrix stops at the standard). Road times: all equal the
     * point counts: null.
     */
    private long[] gainRange(List<Settlement> settlements, List<Site> sites, LocationSolution solution, String column, int threshold,
                             TravelMode mode, ProgressListener stopCheck) {
        TimeBand band = provider.band(mode); // the run's mode: walking times on foot, as the solver's matrix
        if (band.exact()) return null;
        List<Integer> used = new ArrayList<>(new java.util.TreeSet<>(solution.sites()));
        for (int j = 0; j < sites.size(); j++) if (sites.get(j).existing() && !used.contains(j)) used.add(j);
        long[] r = new long[4];
        int limit = threshold;
        while (band.lowSeconds(limit + 1) <= threshold && limit < threshold * 4) limit++;
        TravelTimeMatrix t = used.isEmpty() ? null : provider.matrix(provider.prepareOrigins(settlements.stream().map(Settlement::location).toList(),
                mode), used.stream().map(j -> sites.get(j).location()).toList(), mode, limit, stopCheck);
        List<Integer> existing = new ArrayList<>(), chosen = new ArrayList<>();
        Set<Integer> picked = new HashSet<>(solution.sites());
        for (int k = 0; k < used.size(); k++) {
            if (sites.get(used.get(k)).existing()) existing.add(k);
            if (picked.contains(used.get(k))) chosen.add(k);
        }
        for (int i = 0; i < settlements.size(); i++) {
            int pop = settlements.get(i).population(column);
            int tb = t == null ? TravelTimeMatrix.UNREACHABLE : nearest(t, i, existing);
            int ta = t == null ? TravelTimeMatrix.UNREACHABLE : nearest(t, i, chosen);
            if (tb != TravelTimeMatrix.UNREACHABLE && band.highSeconds(tb) <= threshold) r[0] += pop;
            if (ta != TravelTimeMatrix.UNREACHABLE && band.highSeconds(ta) <= threshold) r[1] += pop;
            if (tb != TravelTimeMatrix.UNREACHABLE && band.lowSeconds(tb) <= threshold) r[2] += pop;
            if (ta != TravelTimeMatrix.UNREACHABLE && band.lowSeconds(ta) <= threshold) r[3] += pop;
        }
        return r;
    }

    /** Why the chosen sites add nothing: a code for translation, its arguments and the English message. */
    private static OptimizationResult.NoGain noGain(Settings s, int threshold, long settlements, long people, long reachable, boolean anyNew) {
        String min = String.valueOf(Math.round(threshold / 6.0) / 10.0).replaceAll("\\.0$", "");
        String code, message;
        if (s.newSites() == 0 || !anyNew) {
            code = "no-new-sites";
            message = "No new site was opened, so coverage is that of the existing centres.";
        } else if (people == 0) {
            code = "all-within-standard";
            message = "Every settlement with residents is already within " + min + " min of an existing centre: new centres cannot add anyone.";
        } else if (reachable == 0) {
            code = "uncovered-out-of-reach";
            message = "The " + settlements + " settlements (" + people + " people) beyond " + min + " min of the existing centres "
                    + "have no candidate site within " + min + " min: try candidates 'settlements', a longer threshold or a mobile team.";
        } else {
            code = "not-found";
            message = "The solver found no site that adds population within " + min + " min (" + people
                    + " people beyond it; try a longer time limit).";
        }
        return new OptimizationResult.NoGain(code, message, new OptimizationResult.NoGain.Args(min, settlements, people));
    }

    private static int nearest(TravelTimeMatrix times, int i, List<Integer> sites) {
        int best = TravelTimeMatrix.UNREACHABLE;
        for (int j : sites) best = Math.min(best, times.seconds(i, j));
        return best;
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
                    + "(--capacity PLACES, the API's \"capacity\" in places, or a candidates file with a capacity column; no capacity for " + String.join(", ", missing.subList(0, Math.min(10, missing.size())))
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
