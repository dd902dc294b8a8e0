package org.dostap.engine.mobile;

import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Teams at several bases: each settlement to visit goes to the base with the shortest round trip to it (ties: the base
 * of the lower team number; a settlement no base reaches goes to the first team's base, which reports why), then the
 * teams of each base are planned as one single-base plan ({@link MobilePlanner}) and the plans are put together with
 * the teams numbered as in the request. Cluster first, route second: a base whose days are full does not pass
 * settlements to another base (they are reported unserved, capacity exhausted).
 */
final class MultiBasePlan {
    private MultiBasePlan() { }

    static MobilePlan plan(MobilePlanner planner, RegionData region, TravelTimeProvider travel, MobileRequest request, long started) {
        MobilePlanner.validate(region, request, true);
        String column = region.requirePopulationColumn(request.populationColumn());
        List<Settlement> targets = MobilePlanner.targets(region, travel, request, column);
        // the teams of each base, in the order of the bases' first team
        Map<String, List<Integer>> teamsByBase = new LinkedHashMap<>();
        List<String> perTeam = request.teams().basesPerTeam();
        for (int team = 0; team < perTeam.size(); team++) teamsByBase.computeIfAbsent(perTeam.get(team), b -> new ArrayList<>()).add(team);
        List<Facility> bases = teamsByBase.keySet().stream().map(id -> region.findFacility(id).orElseThrow()).toList();
        int[][] roundTrip = BaseChooser.roundTrips(travel, bases, targets, request.teams().mode(), request.teams().dayLengthSeconds());
        List<List<String>> assigned = new ArrayList<>();
        for (int b = 0; b < bases.size(); b++) assigned.add(new ArrayList<>());
        for (int s = 0; s < targets.size(); s++) {
            int best = 0;
            for (int b = 1; b < bases.size(); b++) if (roundTrip[b][s] < roundTrip[best][s]) best = b;
            if (roundTrip[best][s] == TravelTimeMatrix.UNREACHABLE) best = 0;
            assigned.get(best).add(targets.get(s).id());
        }

        List<TeamDay> days = new ArrayList<>();
        List<ServedSettlement> served = new ArrayList<>();
        List<UnservedSettlement> unserved = new ArrayList<>();
        MobilePlan.TeamBase[] teamBases = new MobilePlan.TeamBase[perTeam.size()];
        String source = travel.source().label(), description = travel.description();
        int b = 0;
        for (Map.Entry<String, List<Integer>> e : teamsByBase.entrySet()) {
            List<Integer> teams = e.getValue();
            List<String> ids = assigned.get(b);
            for (int team : teams) teamBases[team] = new MobilePlan.TeamBase(team + 1, bases.get(b), ids.size());
            b++;
            if (ids.isEmpty()) continue; // an empty list would mean "the default rule": this base has nothing to visit
            MobileRequest part = request.withTeams(request.teams().withBase(e.getKey()).withTeamCount(teams.size())).withSettlements(ids);
            MobilePlan p = planner.plan(region, travel, part, started, false);
            for (TeamDay d : p.days())
                days.add(new TeamDay(d.week(), d.day(), teams.get(d.team() - 1) + 1, d.stops(), d.dayLengthSeconds(),
                        d.drivingSeconds(), d.distanceMetres(), d.geometry()));
            for (ServedSettlement s : p.served())
                served.add(new ServedSettlement(s.settlementId(), s.name(), s.population(), s.frequencyWeeks(), s.visits(),
                        teams.get(s.team() - 1) + 1, s.day(), s.firstWeek()));
            unserved.addAll(p.unserved());
            source = p.travelTimeSource();
            description = p.travelTimeDescription();
        }
        days.sort(Comparator.comparingInt(TeamDay::week).thenComparingInt(TeamDay::day).thenComparingInt(TeamDay::team));
        served.sort(Comparator.comparing(ServedSettlement::settlementId));
        unserved.sort(Comparator.comparingInt(UnservedSettlement::population).reversed().thenComparing(UnservedSettlement::settlementId));
        PlanTotals totals = new PlanTotals(served.stream().mapToInt(ServedSettlement::population).sum(), served.size(),
                unserved.stream().mapToInt(UnservedSettlement::population).sum(), unserved.size(),
                days.stream().mapToInt(d -> d.stops().size()).sum(), days.size(),
                days.stream().mapToLong(TeamDay::dayLengthSeconds).sum(), days.stream().mapToLong(TeamDay::drivingSeconds).sum(),
                days.stream().mapToDouble(TeamDay::distanceMetres).sum());
        return new MobilePlan(request, teamBases[0].base(), days, served, unserved, totals, source, description,
                region.anyIllustrativeFacility(), (System.nanoTime() - started) / 1e9, null, List.of(teamBases));
    }
}
