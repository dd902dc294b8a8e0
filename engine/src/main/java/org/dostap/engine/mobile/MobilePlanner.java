package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one public way to plan mobile teams: checks the request against the region (every problem at
 * once), chooses the settlements to serve, builds the travel times between the base and them, sets aside
 * those that cannot be served (not connected, too far for a working day), assigns periodic visit patterns
 * to team-days ({@link PeriodicScheduler}), orders each day with OR-Tools ({@link DaySequencer}) and
 * assembles the plan. Stateless; safe to share.
 */
public final class MobilePlanner {

    public MobilePlan plan(RegionData region, TravelTimeProvider travel, MobileRequest request) {
        long started = System.nanoTime();
        BaseChooser.BaseChoice choice = null;
        if (request.teams().defaultBases()) {
            validate(region, request.withTeams(request.teams().withBase("(default)")), false);
            String column = region.requirePopulationColumn(request.populationColumn());
            choice = new BaseChooser().choose(region, travel, request, targets(region, travel, request, column));
            MobileRequest single = request.withTeams(request.teams().withBase(choice.baseFacilityId()));
            if (new java.util.HashSet<>(choice.teamBases()).size() > 1) { // several bases against all at the best one
                MobileRequest several = request.withTeams(request.teams().withTeamBases(choice.teamBases()));
                MobilePlan a = MultiBasePlan.plan(this, region, travel, several, started).withRequest(several);
                MobilePlan b = plan(region, travel, single, started, false);
                boolean keepSeveral = a.totals().populationServed() > b.totals().populationServed()
                        || (a.totals().populationServed() == b.totals().populationServed() && a.totals().teamSeconds() <= b.totals().teamSeconds());
                choice = choice.withCompared(List.of(alternative(a, keepSeveral), alternative(b, !keepSeveral)));
                return (keepSeveral ? a : b).withBaseChoice(choice);
            }
            request = single;
        }
        List<String> bases = request.teams().basesPerTeam();
        MobilePlan plan = new java.util.HashSet<>(bases).size() == 1
                ? plan(region, travel, request.withTeams(request.teams().withBase(bases.get(0))), started, true)
                : MultiBasePlan.plan(this, region, travel, request, started);
        if (!request.teams().teamBaseIds().isEmpty()) plan = plan.withRequest(request);
        return choice == null ? plan : plan.withBaseChoice(choice);
    }

    private static BaseChooser.Alternative alternative(MobilePlan p, boolean chosen) {
        return new BaseChooser.Alternative(p.teamBases().stream().map(t -> t.base().id()).toList(), p.totals().populationServed(),
                p.totals().settlementsServed(), p.totals().teamSeconds(), p.totals().distanceMetres(), chosen);
    }

    /**
     * All teams of {@code request} at its one base. {@code whole}: the request is the whole plan, so a working day too
     * short for any visit is an error (for one base of several its settlements are reported unserved instead).
     */
    MobilePlan plan(RegionData region, TravelTimeProvider travel, MobileRequest request, long started, boolean whole) {
        Facility base = validate(region, request, true);
        String column = region.requirePopulationColumn(request.populationColumn());
        List<Settlement> targets = targets(region, travel, request, column);

        List<GeoPoint> points = new ArrayList<>();
        points.add(base.location());
        targets.forEach(s -> points.add(s.location()));
        TeamNetwork network = TeamNetwork.build(travel, points, request.teams().mode(), request.teams().dayLengthSeconds());
        PlanningProblem problem = problem(network, targets, request, column);

        List<UnservedSettlement> unserved = new ArrayList<>();
        List<Integer> servable = new ArrayList<>();
        for (int node = 1; node < problem.nodeCount(); node++) {
            UnservedSettlement why = PlanAssembler.whyNotAlone(problem, node, base);
            if (why == null) servable.add(node);
            else unserved.add(why);
        }
        // only a settlement a road reaches can make the day "too short" (one cut off by closed roads cannot)
        if (whole && servable.isEmpty() && java.util.stream.IntStream.range(1, problem.nodeCount()).anyMatch(node ->
                problem.network().reachable(0, node) && problem.network().reachable(node, 0)
                        && problem.aloneSeconds(node) > problem.dayLengthSeconds()))
            throw PlanningException.invalid(List.of(org.dostap.engine.common.Problem.atField("day_hours",
                    PlanAssembler.dayTooShort(problem))));

        PeriodicScheduler.Result result = new PeriodicScheduler(problem).schedule(servable);
        DaySequencer sequencer = new DaySequencer(problem);
        List<int[]> orders = new ArrayList<>();
        for (List<Integer> slot : result.slots()) orders.add(sequencer.sequence(slot));
        return new PlanAssembler(problem, request, base).assemble(result, orders, unserved, travel, region,
                (System.nanoTime() - started) / 1e9);
    }

    static Facility validate(RegionData region, MobileRequest request, boolean checkBase) {
        ProblemCollector p = new ProblemCollector();
        if (region.services().find(request.serviceTypeId()).isEmpty())
            p.field("service", "unknown service type '" + request.serviceTypeId() + "'; known: "
                    + String.join(", ", region.services().list().stream().map(t -> t.id()).toList()));
        Facility base = region.findFacility(request.teams().baseFacilityId()).orElse(null);
        if (base == null && checkBase && request.teams().teamBaseIds().isEmpty()) p.field("base", "no facility with id '"
                + request.teams().baseFacilityId() + "' in region " + region.code() + "; the base must be one of the region's facilities");
        if (checkBase) for (String id : new java.util.TreeSet<>(request.teams().teamBaseIds()))
            if (region.findFacility(id).isEmpty()) p.field("bases", "no facility with id '" + id + "' in region "
                    + region.code() + "; the base must be one of the region's facilities");
        Map<String, Settlement> byId = region.settlementsById();
        for (String id : request.settlementIds())
            if (!byId.containsKey(id)) p.field("settlements", "no settlement with id '" + id + "' in region " + region.code());
        for (String id : new java.util.TreeSet<>(request.timeWindows().keySet()))
            if (!byId.containsKey(id)) p.field("time_windows", "time window for unknown settlement '" + id + "'");
        for (String id : new java.util.TreeSet<>(request.frequency().weeksBySettlement().keySet()))
            if (!byId.containsKey(id)) p.field("frequency_weeks", "visit interval for unknown settlement '" + id + "'");
        for (String id : new java.util.TreeSet<>(request.onSite().secondsBySettlement().keySet()))
            if (!byId.containsKey(id)) p.field("on_site_min", "time on site for unknown settlement '" + id + "'");
        if (!request.populationColumn().isEmpty() && !region.populationColumns().contains(request.populationColumn()))
            p.field("population", "unknown population column '" + request.populationColumn() + "'; available: "
                    + String.join(", ", region.populationColumns()));
        p.throwIfAny();
        return base;
    }

    /** The explicit list, or every inhabited settlement beyond the threshold of the fixed services (in the request's access mode). */
    static List<Settlement> targets(RegionData region, TravelTimeProvider travel, MobileRequest request, String column) {
        Map<String, Settlement> byId = region.settlementsById();
        if (!request.settlementIds().isEmpty()) return request.settlementIds().stream().distinct().map(byId::get).toList();
        int threshold = request.thresholdSecondsIn(region);
        int[] nearest = FixedAccess.nearestSeconds(region, travel, request.serviceTypeId(), request.accessMode());
        List<Settlement> out = new ArrayList<>();
        for (int i = 0; i < nearest.length; i++) {
            Settlement s = region.settlements().get(i);
            if (nearest[i] > threshold && s.population(column) > 0) out.add(s);
        }
        return out;
    }

    private static PlanningProblem problem(TeamNetwork network, List<Settlement> targets, MobileRequest request, String column) {
        int n = targets.size() + 1;
        int[] population = new int[n], weeks = new int[n], onSite = new int[n], open = new int[n], close = new int[n];
        close[0] = request.teams().dayLengthSeconds();
        for (int i = 1; i < n; i++) {
            Settlement s = targets.get(i - 1);
            population[i] = s.population(column);
            weeks[i] = request.frequency().weeksFor(s.id(), population[i]);
            onSite[i] = request.onSite().secondsFor(s.id(), population[i]);
            TimeWindow w = request.windowOf(s.id());
            open[i] = w.openSeconds();
            close[i] = w.closeSeconds();
        }
        MobileTeams t = request.teams();
        return new PlanningProblem(network, targets, population, weeks, onSite, open, close, t.teamCount(),
                request.horizonWeeks(), t.daysPerWeek(), t.dayLengthSeconds());
    }
}
