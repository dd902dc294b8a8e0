package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProgressListener;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The default base of a mobile team: among the centres of the service in effect (any facility of the region when the
 * service has none), the one that minimises the team's travel to the settlements to visit, i.e. the sum over those
 * settlements of the round trip base → settlement → base (a settlement no round trip reaches within a working day
 * counts as a full day's travel, so a base that reaches more settlements wins). With several teams it also names the
 * set of that many bases with the least travel when each settlement is visited from its nearest base of the set
 * (exhaustive over the sets of centres, greedy when they are too many): a k-median of the settlements to visit over the
 * centres. The plan runs one team from each of those bases ({@link MobilePlanner}: each settlement goes to the team of
 * its nearest base); with more teams than centres the bases are reused in turn.
 */
public final class BaseChooser {
    static final String RULE = "the centre with the least total round-trip travel (base -> settlement -> base) to the settlements "
            + "to visit; a settlement not reachable within a working day counts as a full day";
    private static final int MAX_SETS = 20_000;

    /**
     * One candidate base: how many of the settlements to visit a round trip within the working day reaches, the sum of
     * those round trips, and the mean one-way time to them.
     */
    public record BaseOption(String facilityId, String name, String municipality, int settlementsReached,
                             long roundTripSecondsTotal, double meanOneWaySeconds) { }

    /**
     * The chosen base (the best single one), the bases for the plan's teams (one per team, distinct up to the number of
     * centres, in team order), every candidate ranked best first, how many settlements there are to visit, the rule and
     * {@code teamBasesSecondsTotal}: the travel of the team bases together (each settlement's round trip from its nearest
     * base of the set, a working day when none reaches it), to set beside the best single base's.
     */
    public record BaseChoice(String baseFacilityId, List<String> teamBases, List<BaseOption> options, int settlementsToVisit,
                             String rule, long teamBasesSecondsTotal, List<Alternative> compared) {
        public BaseChoice {
            teamBases = List.copyOf(teamBases);
            options = List.copyOf(options);
            compared = compared == null ? List.of() : List.copyOf(compared);
        }

        /** The same choice with the plans compared (several teams: their bases against every team at the best base). */
        public BaseChoice withCompared(List<Alternative> plans) {
            return new BaseChoice(baseFacilityId, teamBases, options, settlementsToVisit, rule, teamBasesSecondsTotal, plans);
        }
    }

    /**
     * One way of basing several teams, planned in full: the base of each team, people and settlements served, team time
     * and distance; {@code chosen} for the one the plan keeps (more people served, then less team time).
     */
    public record Alternative(List<String> teamBases, int populationServed, int settlementsServed, long teamSeconds,
                              double distanceMetres, boolean chosen) {
        public Alternative { teamBases = List.copyOf(teamBases); }
    }

    static final String TEAMS_RULE = "one base per team: the set of centres with the least total round-trip travel when each "
            + "settlement is visited from its nearest base of the set (a k-median), each team visiting the settlements nearest its "
            + "base; that plan and the plan with every team at the best single base are both made, and the one serving more "
            + "people (then with less team time) is kept";

    /** @param targets the settlements to visit (see {@link MobilePlanner}) */
    BaseChoice choose(RegionData region, TravelTimeProvider travel, MobileRequest request, List<Settlement> targets) {
        List<Facility> own = FixedAccess.fixedSites(region, request.serviceTypeId());
        List<Facility> candidates = own.isEmpty() ? region.facilities() : own;
        if (candidates.isEmpty())
            throw PlanningException.invalid(List.of(new org.dostap.engine.common.Problem("mobile request", 0, "base",
                    "region " + region.code() + " has no facility a team could be based at; add a centre or give a base")));
        int[][] roundTrip = roundTrips(travel, candidates, targets, request.teams().mode(), request.teams().dayLengthSeconds());
        int day = request.teams().dayLengthSeconds();
        List<BaseOption> options = new ArrayList<>();
        long[] cost = new long[candidates.size()];
        for (int b = 0; b < candidates.size(); b++) {
            int reached = 0;
            long total = 0;
            for (int s = 0; s < targets.size(); s++) {
                int t = roundTrip[b][s];
                if (t <= day) { reached++; total += t; cost[b] += t; }
                else cost[b] += day;
            }
            Facility f = candidates.get(b);
            options.add(new BaseOption(f.id(), f.name(), f.municipality(), reached, total, reached == 0 ? 0 : total / 2.0 / reached));
        }
        List<Integer> order = new ArrayList<>();
        for (int b = 0; b < candidates.size(); b++) order.add(b);
        order.sort(Comparator.<Integer>comparingLong(b -> cost[b]).thenComparing(b -> candidates.get(b).id()));
        List<BaseOption> ranked = order.stream().map(options::get).toList();
        int teams = request.teams().teamCount();
        int k = Math.min(teams, candidates.size());
        List<Integer> set = bestSet(roundTrip, day, k, targets.size());
        long setCost = setCost(roundTrip, day, set.stream().mapToInt(Integer::intValue).toArray(), targets.size());
        List<String> teamBases = new ArrayList<>();
        for (int team = 0; team < teams; team++) teamBases.add(candidates.get(set.get(team % k)).id());
        return new BaseChoice(ranked.get(0).facilityId(), teamBases, ranked, targets.size(), teams > 1 ? TEAMS_RULE : RULE, setCost, List.of());
    }

    /** Seconds base → settlement → base, {@link TravelTimeMatrix#UNREACHABLE} beyond the working day. */
    static int[][] roundTrips(TravelTimeProvider travel, List<Facility> bases, List<Settlement> targets, TravelMode mode, int day) {
        List<GeoPoint> basePoints = bases.stream().map(Facility::location).toList();
        List<GeoPoint> targetPoints = targets.stream().map(Settlement::location).toList();
        int[][] out = new int[bases.size()][targets.size()];
        if (targets.isEmpty()) return out;
        TravelTimeMatrix there = travel.matrix(travel.prepareOrigins(basePoints, mode), targetPoints, mode, day, ProgressListener.NONE);
        TravelTimeMatrix back = travel.matrix(travel.prepareOrigins(targetPoints, mode), basePoints, mode, day, ProgressListener.NONE);
        for (int b = 0; b < bases.size(); b++)
            for (int s = 0; s < targets.size(); s++) {
                long t = (long) there.seconds(b, s) + back.seconds(s, b);
                out[b][s] = t > Integer.MAX_VALUE - 1 ? TravelTimeMatrix.UNREACHABLE : (int) t;
            }
        return out;
    }

    /** The k bases with the least travel when each settlement goes to its nearest base of the set; in the order chosen. */
    private static List<Integer> bestSet(int[][] roundTrip, int day, int k, int settlements) {
        int m = roundTrip.length;
        if (k <= 0) return List.of();
        double sets = 1;
        for (int i = 0; i < k; i++) sets = sets * (m - i) / (i + 1);
        if (sets <= MAX_SETS) {
            int[] best = null;
            long bestCost = Long.MAX_VALUE;
            int[] pick = new int[k];
            for (int i = 0; i < k; i++) pick[i] = i;
            while (true) {
                long c = setCost(roundTrip, day, pick, settlements);
                if (c < bestCost) { bestCost = c; best = pick.clone(); }
                int i = k - 1;
                while (i >= 0 && pick[i] == m - k + i) i--;
                if (i < 0) break;
                pick[i]++;
                for (int j = i + 1; j < k; j++) pick[j] = pick[j - 1] + 1;
            }
            return java.util.Arrays.stream(best).boxed().toList();
        }
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < k) {
            int bestB = -1;
            long bestCost = Long.MAX_VALUE;
            for (int b = 0; b < m; b++) {
                if (chosen.contains(b)) continue;
                int[] pick = new int[chosen.size() + 1];
                for (int i = 0; i < chosen.size(); i++) pick[i] = chosen.get(i);
                pick[chosen.size()] = b;
                long c = setCost(roundTrip, day, pick, settlements);
                if (c < bestCost) { bestCost = c; bestB = b; }
            }
            chosen.add(bestB);
        }
        return chosen;
    }

    private static long setCost(int[][] roundTrip, int day, int[] bases, int settlements) {
        long total = 0;
        for (int s = 0; s < settlements; s++) {
            int best = day;
            for (int b : bases) best = Math.min(best, roundTrip[b][s]);
            total += best;
        }
        return total;
    }
}
