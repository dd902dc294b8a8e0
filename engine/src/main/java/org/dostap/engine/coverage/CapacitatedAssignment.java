package org.dostap.engine.coverage;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The existing network under its capacities: each settlement's service users go to centres of the service within the
 * standard that have free places. Optimal, not nearest-first: a min-cost max-flow (a transportation problem; OR-Tools
 * {@link MinCostFlow}) first serves as many users as the places within reach allow, then, among such assignments, the
 * one with the least total user travel time. A settlement's users may be split across centres (rule: any split the
 * optimum needs; users are counted in hundredths). Exact and fast at region scale (settlements x centres arcs).
 */
public final class CapacitatedAssignment {
    private static final long SCALE = 100; // hundredths of a user

    /** One centre: its places, the users assigned and their share of the places. */
    public record CentreOccupancy(String facilityId, String name, int capacityPlaces, double assignedUsers, double occupancy) { }

    /** Part of a settlement's users at one centre. */
    public record Share(String facilityId, double users, int travelTimeSeconds) { }

    /** A settlement: its users, those served within the standard and where, the unserved. */
    public record SettlementUsers(String settlementId, String name, String municipality, double users, double servedUsers,
                                  double unservedUsers, List<Share> shares) { }

    /** The whole answer; {@code demandUnit} "service users", {@code capacityUnit} "places". */
    public record Result(String serviceTypeId, int thresholdSeconds, ServiceDemand demand, String demandUnit, String capacityUnit,
                         String method, double users, double servedUsers, double unservedUsers, int places,
                         List<CentreOccupancy> centres, List<SettlementUsers> settlements) { }

    /**
     * @throws PlanningException INVALID_INPUT naming every centre of the service without a positive capacity, or when
     *         the service has no centre
     */
    public Result assign(AccessModel model, String serviceTypeId, int thresholdSeconds, ServiceDemand demand) {
        List<Facility> centres = model.region().facilitiesOf(serviceTypeId).stream()
                .filter(f -> f.status() != org.dostap.engine.region.FacilityStatus.CANDIDATE).toList(); // as coverage counts them
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
        for (int j = 0; j < m; j++) seconds[j] = model.travelTimesSeconds(centres.get(j).id());
        long[] supply = new long[n];
        double totalUsers = 0;
        for (int i = 0; i < n; i++) {
            double u = demand.users(settlements.get(i));
            totalUsers += u;
            supply[i] = Math.round(u * SCALE);
        }
        Loader.loadNativeLibraries();
        MinCostFlow flow = new MinCostFlow();
        // nodes: 0 source, 1..n settlements, n+1..n+m centres, n+m+1 sink
        int source = 0, sink = n + m + 1;
        long totalSupply = 0;
        for (int i = 0; i < n; i++) { totalSupply += supply[i]; if (supply[i] > 0) flow.addArcWithCapacityAndUnitCost(source, 1 + i, supply[i], 0); }
        List<int[]> pairArcs = new ArrayList<>(); // arc, settlement, centre
        for (int i = 0; i < n; i++) {
            if (supply[i] == 0) continue;
            for (int j = 0; j < m; j++) {
                int t = seconds[j][i];
                if (t == TravelTimeMatrix.UNREACHABLE || t > thresholdSeconds) continue;
                int arc = flow.addArcWithCapacityAndUnitCost(1 + i, n + 1 + j, supply[i], t);
                pairArcs.add(new int[]{arc, i, j});
            }
        }
        for (int j = 0; j < m; j++) flow.addArcWithCapacityAndUnitCost(n + 1 + j, sink, centres.get(j).capacity() * SCALE, 0);
        flow.setNodeSupply(source, totalSupply);
        flow.setNodeSupply(sink, -totalSupply);
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new PlanningException(ErrorCode.UNAVAILABLE, "The capacitated assignment could not be solved (" + status + ").");
        double[] assigned = new double[m];
        double[] served = new double[n];
        List<List<Share>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) shares.add(new ArrayList<>());
        for (int[] pa : pairArcs) {
            long f = flow.getFlow(pa[0]);
            if (f <= 0) continue;
            double users = f / (double) SCALE;
            assigned[pa[2]] += users;
            served[pa[1]] += users;
            shares.get(pa[1]).add(new Share(centres.get(pa[2]).id(), users, seconds[pa[2]][pa[1]]));
        }
        for (int j = 0; j < m; j++) assigned[j] = Math.round(assigned[j] * SCALE) / (double) SCALE;
        List<CentreOccupancy> occ = new ArrayList<>();
        int places = 0;
        for (int j = 0; j < m; j++) {
            Facility f = centres.get(j);
            places += f.capacity();
            occ.add(new CentreOccupancy(f.id(), f.name(), f.capacity(), assigned[j], assigned[j] / f.capacity()));
        }
        List<SettlementUsers> rows = new ArrayList<>();
        double servedTotal = 0;
        for (int i = 0; i < n; i++) {
            Settlement s = settlements.get(i);
            double users = supply[i] / (double) SCALE;
            served[i] = Math.round(served[i] * SCALE) / (double) SCALE;
            servedTotal += served[i];
            rows.add(new SettlementUsers(s.id(), s.name(), s.municipality(), users, served[i], Math.round(Math.max(0, users - served[i]) * SCALE) / (double) SCALE,
                    List.copyOf(shares.get(i))));
        }
        double usersRounded = totalSupply / (double) SCALE;
        servedTotal = Math.round(servedTotal * SCALE) / (double) SCALE;
        return new Result(serviceTypeId, thresholdSeconds, demand, ServiceDemand.DEMAND_UNIT, ServiceDemand.CAPACITY_UNIT,
                "min-cost max-flow (OR-Tools): most users served within the standard, then least total travel time; split allowed",
                usersRounded, servedTotal, Math.round(Math.max(0, usersRounded - servedTotal) * SCALE) / (double) SCALE, places, occ, rows);
    }
}
