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
 * the teams numbered as in the request. A base whose days are full passes what it cannot fit to the nearest base with
 * room left that reaches it within a working day (cluster first, route second, then spill over).
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
        int day = request.teams().dayLengthSeconds(), groups = bases.size();
        int[] groupOf = new int[targets.size()];
        List<java.util.Set<Integer>> tried = new ArrayList<>();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int s = 0; s < targets.size(); s++) {
            int best = 0;
            for (int b = 1; b < groups; b++) if (roundTrip[b][s] < roundTrip[best][s]) best = b;
            if (roundTrip[best][s] == TravelTimeMatrix.UNREACHABLE) best = 0;
            groupOf[s] = best;
            tried.add(new java.util.HashSet<>());
            index.put(targets.get(s).id(), s);
        }
        List<List<Integer>> teamsOf = new ArrayList<>(teamsByBase.values());
        MobilePlan[] plans = new MobilePlan[groups];
        boolean[] dirty = new boolean[groups];
        java.util.Arrays.fill(dirty, true);
        // a base whose days are full passes the settlements it cannot fit to the nearest base with room left that
        // reaches them within a day, and the two are planned again (each settlement tries each base at most once)
        for (int round = 0; ; round++) {
            for (int b = 0; b < groups; b++) {
                if (!dirty[b]) continue;
                List<String> ids = new ArrayList<>();
                for (int s = 0; s < targets.size(); s++) if (groupOf[s] == b) ids.add(targets.get(s).id());
                // an empty list would mean "the default rule": a base with nothing to visit has no plan
                plans[b] = ids.isEmpty() ? null : planner.plan(region, travel, request.withTeams(request.teams()
                        .withBase(bases.get(b).id()).withTeamCount(teamsOf.get(b).size())).withSettlements(ids), started, false);
                dirty[b] = false;
            }
            if (round >= 4 * groups) break;
            boolean[] full = new boolean[groups];
            for (int b = 0; b < groups; b++)
                full[b] = plans[b] != null && plans[b].unserved().stream().anyMatch(u -> u.reason() == UnservedReason.CAPACITY_EXHAUSTED);
            boolean moved = false;
            for (int b = 0; b < groups; b++) {
                if (!full[b]) continue;
                for (UnservedSettlement u : plans[b].unserved()) {
                    if (u.reason() != UnservedReason.CAPACITY_EXHAUSTED) continue;
                    int s = index.get(u.settlementId());
                    tried.get(s).add(b);
                    int to = -1;
                    long onSite = request.onSite().secondsFor(u.settlementId(), u.population());
                    for (int c = 0; c < groups; c++)
                        if (!full[c] && !tried.get(s).contains(c) && roundTrip[c][s] != TravelTimeMatrix.UNREACHABLE
                                && roundTrip[c][s] + onSite <= day && (to < 0 || roundTrip[c][s] < roundTrip[to][s])) to = c;
                    if (to < 0) continue;
                    groupOf[s] = to;
                    dirty[b] = dirty[to] = moved = true;
                }
            }
            if (!moved) break;
        }

        List<TeamDay> days = new ArrayList<>();
        List<ServedSettlement> served = new ArrayList<>();
        List<UnservedSettlement> unserved = new ArrayList<>();
        MobilePlan.TeamBase[] teamBases = new MobilePlan.TeamBase[perTeam.size()];
        String source = travel.source().label(), description = travel.description();
        for (int b = 0; b < groups; b++) {
            List<Integer> teams = teamsOf.get(b);
            int count = 0;
            for (int g : groupOf) if (g == b) count++;
            for (int team : teams) teamBases[team] = new MobilePlan.TeamBase(team + 1, bases.get(b), count);
            MobilePlan p = plans[b];
            if (p == null) continue;
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
