package org.dostap.engine.coverage;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The existing network under its capacities: each settlement's service users (demand unit "users") go to centres of
 * the service within the standard that have free places (capacity unit "places"; one user takes one place).
 * <ul>
 *   <li><b>Split</b> (default). Rule: a settlement's users may be split across any centres within the standard, in
 *   hundredths of a user. Solved exactly by a min-cost max-flow (a transportation problem): the most users served
 *   that the places within reach allow, then the least total user travel time. Optimal: no gap.</li>
 *   <li><b>Single source</b>. Every settlement goes wholly to one centre or is unserved (a generalized assignment
 *   problem): {@link SingleSourceUsers}' heuristic, with an upper bound on the users served (the split flow over the
 *   pairs where the settlement fits the centre at all) and the gap to it.</li>
 * </ul>
 * Not nearest-first: a nearest-first rule can fill a centre with users who had another one in reach.
 */
public final class CapacitatedAssignment {
    public static final String SPLIT_RULE = "a settlement's users may be split across any centres within the standard (in hundredths"
            + " of a user): the most users served, then the least total travel time";
    public static final String SINGLE_SOURCE_RULE = "each settlement's users all go to one centre within the standard, or are all unserved";
    private static final long SCALE = 100; // hundredths of a user

    /** One centre: its municipality, places, the users assigned and their share of the places. */
    public record CentreOccupancy(String facilityId, String name, String municipality, int capacityPlaces, double assignedUsers, double occupancy,
                                  double freePlaces) { }

    /** Part of a settlement's users at one centre. */
    public record Share(String facilityId, double users, int travelTimeSeconds) { }

    /** A settlement: its users, those served within the standard and where, the unserved. */
    public record SettlementUsers(String settlementId, String name, String municipality, double users, double servedUsers,
                                  double unservedUsers, List<Share> shares) { }

    /**
     * How good the answer is: {@code exact} (split: the min-cost flow is optimal) or {@code heuristic} (single source)
     * with the upper bound on the users served, the gap to it in percent and, when the served users meet the bound,
     * a lower bound on the user-seconds.
     */
    public record Optimality(String status, double boundServedUsers, double gapServedPct, double userSeconds, Double boundUserSeconds,
                             String boundMethod) { }

    /** E2SFCA on the same units: places per 1,000 users (user-weighted mean, minimum, maximum over settlements with users). */
    public record E2sfcaUsers(Double meanPlacesPer1000Users, Double minPlacesPer1000Users, Double maxPlacesPer1000Users, String definition) { }

    /** The whole answer; {@code demandUnit} "users", {@code capacityUnit} "places". */
    public record Result(String serviceTypeId, int thresholdSeconds, ServiceDemand demand, String demandUnit, String capacityUnit,
                         boolean singleSource, String rule, String method, Optimality optimality, boolean facilitiesIllustrative,
                         double users, double servedUsers, double unservedUsers, int places, E2sfcaUsers e2sfca,
                         List<CentreOccupancy> centres, List<SettlementUsers> settlements) { }

    /** Split demand (the default). */
    public Result assign(AccessModel model, String serviceTypeId, int thresholdSeconds, ServiceDemand demand) {
        return assign(model, serviceTypeId, thresholdSeconds, demand, false);
    }

    /**
     * @throws org.dostap.engine.common.PlanningException INVALID_INPUT naming every centre of the service without a
     *         positive capacity, an unknown population column, or a service without centres
     */
    public Result assign(AccessModel model, String serviceTypeId, int thresholdSeconds, ServiceDemand demand, boolean singleSource) {
        List<Facility> centres = model.region().facilitiesOf(serviceTypeId).stream()
                .filter(f -> f.status() != FacilityStatus.CANDIDATE).toList(); // as coverage counts them
        ProblemCollector problems = new ProblemCollector();
        if (centres.isEmpty()) problems.cell("facilities", 0, "service", "no centre of service type '" + serviceTypeId + "' to assign users to");
        for (Facility f : centres)
            if (f.capacity() <= 0)
                problems.cell("facilities", 0, "capacity", "centre " + f.id() + " (" + f.name() + ") has no capacity in places (0 or empty):"
                        + " a capacitated assignment needs the places of every centre");
        if (!model.region().populationColumns().contains(demand.column()))
            problems.cell("settlements", 0, demand.column(), "no population column '" + demand.column() + "'; available: "
                    + String.join(", ", model.region().populationColumns()));
        problems.throwIfAny();
        List<Settlement> settlements = model.region().settlements();
        int n = settlements.size(), m = centres.size();
        int[][] seconds = new int[m][];
        long[] capacity = new long[m];
        for (int j = 0; j < m; j++) {
            int[] col = model.travelTimesSeconds(centres.get(j).id()).clone();
            for (int i = 0; i < n; i++) if (col[i] == TravelTimeMatrix.UNREACHABLE || col[i] > thresholdSeconds) col[i] = -1;
            seconds[j] = col;
            capacity[j] = centres.get(j).capacity() * SCALE;
        }
        long[] supply = new long[n];
        for (int i = 0; i < n; i++) supply[i] = Math.round(demand.users(settlements.get(i)) * SCALE);
        UsersFlow.Flow split = UsersFlow.solve(supply, capacity, seconds);
        long[][] flow;
        Optimality optimality;
        if (!singleSource) {
            flow = split.flow();
            optimality = new Optimality("exact", split.served() / (double) SCALE, 0, split.userSecondsHundredths() / (double) SCALE,
                    split.userSecondsHundredths() / (double) SCALE, "the min-cost max-flow is optimal for split demand");
        } else {
            // the bound: the split flow over the pairs where the settlement fits the centre on its own
            int[][] fitting = new int[m][];
            for (int j = 0; j < m; j++) {
                fitting[j] = seconds[j].clone();
                for (int i = 0; i < n; i++) if (supply[i] > capacity[j]) fitting[j][i] = -1;
            }
            UsersFlow.Flow bound = UsersFlow.solve(supply, capacity, fitting);
            int[] at = new SingleSourceUsers(supply, capacity, seconds).solve(bound.flow());
            flow = new long[n][m];
            long served = 0, cost = 0;
            for (int i = 0; i < n; i++) if (at[i] >= 0) { flow[i][at[i]] = supply[i]; served += supply[i]; cost += supply[i] * seconds[at[i]][i]; }
            double gap = bound.served() == 0 ? 0 : Math.max(0, bound.served() - served) * 100.0 / bound.served();
            optimality = new Optimality(served == bound.served() && cost == bound.userSecondsHundredths() ? "optimal" : "heuristic",
                    bound.served() / (double) SCALE, Math.round(gap * 100) / 100.0, cost / (double) SCALE,
                    served == bound.served() ? bound.userSecondsHundredths() / (double) SCALE : null,
                    "min-cost max-flow with split demand over the settlement-centre pairs where the settlement fits the centre"
                            + " (a relaxation of single source): no single-source assignment serves more users, nor, at as many"
                            + " users, needs fewer user-seconds");
        }
        return result(model, serviceTypeId, thresholdSeconds, demand, singleSource, centres, settlements, seconds, supply, flow, optimality);
    }

    private static Result result(AccessModel model, String serviceTypeId, int thresholdSeconds, ServiceDemand demand, boolean singleSource,
                                 List<Facility> centres, List<Settlement> settlements, int[][] seconds, long[] supply, long[][] flow,
                                 Optimality optimality) {
        int n = settlements.size(), m = centres.size();
        long[] assigned = new long[m];
        List<SettlementUsers> rows = new ArrayList<>();
        long servedTotal = 0, usersTotal = 0;
        for (int i = 0; i < n; i++) {
            Settlement s = settlements.get(i);
            List<Share> shares = new ArrayList<>();
            long served = 0;
            for (int j = 0; j < m; j++) {
                if (flow[i][j] <= 0) continue;
                shares.add(new Share(centres.get(j).id(), flow[i][j] / (double) SCALE, seconds[j][i]));
                assigned[j] += flow[i][j];
                served += flow[i][j];
            }
            servedTotal += served;
            usersTotal += supply[i];
            rows.add(new SettlementUsers(s.id(), s.name(), s.municipality(), supply[i] / (double) SCALE, served / (double) SCALE,
                    (supply[i] - served) / (double) SCALE, List.copyOf(shares)));
        }
        List<CentreOccupancy> occ = new ArrayList<>();
        int places = 0;
        for (int j = 0; j < m; j++) {
            Facility f = centres.get(j);
            places += f.capacity();
            double users = assigned[j] / (double) SCALE;
            occ.add(new CentreOccupancy(f.id(), f.name(), f.municipality(), f.capacity(), users, Math.round(users / f.capacity() * 10_000) / 10_000.0,
                    (f.capacity() * SCALE - assigned[j]) / (double) SCALE));
        }
        boolean illustrative = centres.stream().anyMatch(Facility::illustrative);
        String method = singleSource
                ? "single source: heuristic (split flow's largest shares, first fit, moves and swaps) with a min-cost-flow bound"
                : "min-cost max-flow (OR-Tools): most users served within the standard, then least total travel time; split allowed; exact";
        return new Result(serviceTypeId, thresholdSeconds, demand, ServiceDemand.DEMAND_UNIT, ServiceDemand.CAPACITY_UNIT, singleSource,
                singleSource ? SINGLE_SOURCE_RULE : SPLIT_RULE, method, optimality, illustrative, usersTotal / (double) SCALE,
                servedTotal / (double) SCALE, (usersTotal - servedTotal) / (double) SCALE, places,
                e2sfca(centres, settlements, seconds, supply, thresholdSeconds), occ, rows);
    }

    /** Luo &amp; Qi's E2SFCA with users as the demand: places per 1,000 users. */
    private static E2sfcaUsers e2sfca(List<Facility> centres, List<Settlement> settlements, int[][] seconds, long[] supply, int threshold) {
        int n = settlements.size();
        List<int[]> cols = new ArrayList<>();
        int[] caps = new int[centres.size()];
        for (int j = 0; j < centres.size(); j++) {
            int[] col = seconds[j].clone();
            for (int i = 0; i < n; i++) if (col[i] < 0) col[i] = TravelTimeMatrix.UNREACHABLE;
            cols.add(col);
            caps[j] = centres.get(j).capacity();
        }
        long[] demand = supply.clone(); // hundredths of users: the ratio per user is x 100
        double[] a = E2sfca.accessibility(cols, caps, demand, threshold);
        double sum = 0, weight = 0, min = Double.POSITIVE_INFINITY, max = 0;
        for (int i = 0; i < n; i++) {
            if (supply[i] <= 0) continue;
            double per1000 = a[i] * SCALE * 1000;
            sum += per1000 * supply[i];
            weight += supply[i];
            min = Math.min(min, per1000);
            max = Math.max(max, per1000);
        }
        String definition = "Luo & Qi (2009) E2SFCA with service users as the demand and places as the supply: catchment = the"
                + " standard in three zones weighted 1.00, 0.68, 0.22; places per 1,000 users, user-weighted mean";
        if (weight == 0) return new E2sfcaUsers(null, null, null, definition);
        return new E2sfcaUsers(Math.round(sum / weight * 100) / 100.0, Math.round(min * 100) / 100.0, Math.round(max * 100) / 100.0, definition);
    }
}
