package org.dostap.engine.optimize;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import java.util.ArrayList;
import java.util.List;

/**
 * Capacitated p-median with divisible demand: a point's load (its users) may be split across the open sites.
 * <pre>
 *   min Σ_i Σ_j w_i c_ij x_ij   s.t.  Σ_j x_ij = 1,  Σ_i q_i x_ij ≤ Q_j y_j,  0 ≤ x_ij ≤ y_j,  Σ_j y_j = p,  y binary.
 * </pre>
 * Rule and method: each point is cut into equal parcels of at most the smallest site capacity (so any parcel fits any
 * site); the single-source solver ({@link CapacitatedPMedianProblem}) chooses the p sites for the parcels; for those
 * sites the exact split assignment is a transportation problem (min-cost flow, loads in hundredths), so a point
 * ends up split wherever that is cheaper or needed. The lower bound is the Lagrangian relaxation of the assignment
 * constraints of the model above (continuous knapsacks, a point larger than a site in part): valid for split demand. A heuristic: the gap says how far from optimal at most.
 */
public final class SplitCapacitatedMedian {
    public static final String RULE = "a settlement's users may be split across the open sites: the sites are chosen with the users cut"
            + " into equal parcels of at most the smallest site's places, then every settlement's users are assigned exactly"
            + " (min-cost flow, hundredths of a user) to those sites";
    private static final long SCALE = 100;
    private static final int MAX_PARCELS = 4_000;

    /** Part of a point's load at one site. */
    public record Part(int site, double load) { }

    /** The solution (assignment: the site with each point's largest part) and every point's parts. */
    public record Result(LocationSolution solution, List<List<Part>> parts) { }

    private final LocationInstance instance;
    private final int p;
    private final int nearest;

    public SplitCapacitatedMedian(LocationInstance instance, int p, int nearestSites) {
        instance.requireSiteCount(p);
        if (!instance.capacitated()) throw PlanningException.invalid("capacitated p-median needs a capacity for every candidate site");
        this.instance = instance;
        this.p = p;
        this.nearest = nearestSites;
    }

    public Result solve(SolveOptions options) {
        long start = System.nanoTime();
        double limit = options.timeLimitSeconds();
        int n = instance.demandCount(), m = instance.candidateCount();
        checkTotal();
        double smallest = java.util.Arrays.stream(instance.allowedSites()).mapToDouble(instance::capacity).filter(c -> c > 0).min().orElse(1);
        double total = 0;
        for (int i = 0; i < n; i++) total += instance.load(i);
        double parcel = Math.max(smallest, total / MAX_PARCELS);
        // 1. the parcel instance: point i as k_i equal parcels
        List<Integer> owner = new ArrayList<>();
        List<Double> parcelWeights = new ArrayList<>(), parcelLoads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = Math.max(1, (int) Math.ceil(instance.load(i) / parcel - 1e-9));
            for (int c = 0; c < k; c++) { owner.add(i); parcelWeights.add(instance.weight(i) / k); parcelLoads.add(instance.load(i) / k); }
        }
        int np = owner.size();
        double[] rowMajor = new double[np * m];
        for (int r = 0; r < np; r++) for (int j = 0; j < m; j++) rowMajor[r * m + j] = instance.costs().cost(owner.get(r), j);
        LocationInstance parcels = LocationInstance.builder(CostMatrix.ofRowMajor(np, m, rowMajor)).costsInSeconds(instance.costsInSeconds())
                .weights(parcelWeights.stream().mapToDouble(Double::doubleValue).toArray())
                .loads(parcelLoads.stream().mapToDouble(Double::doubleValue).toArray())
                .capacities(java.util.stream.IntStream.range(0, m).mapToDouble(instance::capacity).toArray())
                .demandIds(owner.stream().map(instance::demandId).toList()).candidateIds(instance.candidateIds())
                .fixedOpen(instance.fixedOpenSites())
                .closed(java.util.stream.IntStream.range(0, m).filter(instance::closed).toArray()).build();
        LocationSolution chosen = new CapacitatedPMedianProblem(parcels, p).withSparsity(100, nearest)
                .solve(options.withTimeLimitSeconds(limit * 0.75));
        options.monitor().throwIfStopped();
        // 2. the exact split assignment to the chosen sites
        List<List<Part>> parts = transport(chosen.sites());
        int[] assignment = new int[n];
        double objective = 0;
        for (int i = 0; i < n; i++) {
            assignment[i] = -1;
            double largest = -1;
            for (Part part : parts.get(i)) {
                objective += instance.weight(i) * (instance.load(i) > 0 ? part.load() / instance.load(i) : 1) * instance.costs().cost(i, part.site());
                if (part.load() > largest) { largest = part.load(); assignment[i] = part.site(); }
            }
            if (assignment[i] < 0) assignment[i] = nearestOpen(i, chosen.sites());
        }
        // 3. the Lagrangian bound of the split model (continuous knapsacks: the LP bound at best), in the time left
        long deadline = CapacityModel.deadline(start, limit);
        CapacitatedLagrangian lagrangian = new CapacitatedLagrangian(instance, p, true);
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j : instance.allowedSites()) best = Math.min(best, instance.weight(i) * instance.costs().cost(i, j));
            lambda[i] = Double.isFinite(best) ? best : 0;
        }
        final double upper = objective;
        CapacitatedLagrangian.Result lr = lagrangian.run(lambda, Integer.MAX_VALUE, Math.max(deadline, System.nanoTime() + 200_000_000L),
                () -> upper, options.targetGap(), chosenSites -> { }, options.monitor());
        double lower = Double.isFinite(lr.bound()) ? Math.min(objective, lr.bound() - 1e-7 * Math.abs(lr.bound())) : 0;
        String boundNote = "bound: Lagrangian relaxation of the assignment constraints of the split model (" + lr.iterations() + " iterations)";
        List<String> notes = new ArrayList<>();
        notes.add("split demand: " + np + " parcels of at most " + CapacitatedPMedianProblem.fmt(Math.round(parcel * 100) / 100.0)
                + " chose the sites; then the exact transportation assignment to them");
        notes.add(boundNote);
        notes.addAll(chosen.notes());
        LocationSolution solution = new LocationSolution(CapacitatedPMedianProblem.NAME, false, objective, Math.max(0, lower), objective,
                Solutions.seconds(start), "split: " + chosen.method() + " on parcels + min-cost flow; Lagrangian bound",
                chosen.sites(), Solutions.list(assignment), notes);
        return new Result(solution, parts);
    }

    private int nearestOpen(int i, List<Integer> sites) {
        int best = sites.get(0);
        for (int j : sites) if (instance.costs().cost(i, j) < instance.costs().cost(i, best)) best = j;
        return best;
    }

    /** Min-cost flow of every point's load (hundredths) to the open sites' capacities; cost w_i / q_i x c_ij per unit. */
    private List<List<Part>> transport(List<Integer> open) {
        int n = instance.demandCount(), k = open.size();
        Loader.loadNativeLibraries();
        MinCostFlow flow = new MinCostFlow();
        int sink = n + k;
        long total = 0;
        long[] supply = new long[n];
        for (int i = 0; i < n; i++) supply[i] = Math.round(instance.load(i) * SCALE);
        int[][] arcs = new int[n][k];
        for (int i = 0; i < n; i++) {
            if (supply[i] == 0) continue;
            total += supply[i];
            double perUnit = instance.weight(i) / instance.load(i);
            for (int s = 0; s < k; s++)
                arcs[i][s] = flow.addArcWithCapacityAndUnitCost(i, n + s, supply[i], Math.round(perUnit * instance.costs().cost(i, open.get(s))));
            flow.setNodeSupply(i, supply[i]);
        }
        for (int s = 0; s < k; s++) flow.addArcWithCapacityAndUnitCost(n + s, sink, (long) Math.floor(instance.capacity(open.get(s)) * SCALE), 0);
        flow.setNodeSupply(sink, -total);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
            throw new PlanningException(ErrorCode.INFEASIBLE, "The users do not fit the places of the chosen sites (" + status + ")"
                    + ": open more sites or raise capacities.");
        List<List<Part>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Part> mine = new ArrayList<>();
            if (supply[i] > 0)
                for (int s = 0; s < k; s++) { long f = flow.getFlow(arcs[i][s]); if (f > 0) mine.add(new Part(open.get(s), f / (double) SCALE)); }
            parts.add(List.copyOf(mine));
        }
        return parts;
    }

    private void checkTotal() {
        double load = 0;
        for (int i = 0; i < instance.demandCount(); i++) load += instance.load(i);
        double best = 0;
        int open = 0;
        for (int j : instance.fixedOpenSites()) { best += instance.capacity(j); open++; }
        double[] caps = java.util.Arrays.stream(instance.allowedSites()).filter(j -> !instance.fixedOpen(j)).mapToDouble(instance::capacity).sorted().toArray();
        for (int c = 0; c < p - open && c < caps.length; c++) best += caps[caps.length - 1 - c];
        if (load > best + 1e-9)
            throw new PlanningException(ErrorCode.INFEASIBLE, "The total demand " + CapacitatedPMedianProblem.fmt(Math.round(load * 100) / 100.0)
                    + " exceeds the capacity of the " + (open == 0 ? p + " largest sites" : open + " fixed-open sites and the " + (p - open) + " largest others")
                    + " together (" + CapacitatedPMedianProblem.fmt(best) + "): open more sites or raise capacities.");
    }
}
