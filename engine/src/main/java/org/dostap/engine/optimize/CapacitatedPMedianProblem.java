package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;

import java.util.ArrayList;
import java.util.List;

/**
 * Capacitated p-median with single-source assignment (Osman &amp; Christofides 1994, "Capacitated clustering
 * problems by hybrid simulated annealing and tabu search", ITOR 1; Lorena &amp; Senne 2004, C&amp;OR 31):
 * <pre>
 *   min Σ_i Σ_j w_i c_ij x_ij   s.t.  Σ_j x_ij = 1,  Σ_i q_i x_ij ≤ Q_j y_j,  x_ij ≤ y_j,  Σ_j y_j = p,  x, y binary,
 * </pre>
 * where q_i is the load of point i (its demand; the objective weight w_i may differ, e.g. 1 in the published
 * instances). Phases: (1) the Lagrangian relaxation of the assignment constraints with a 0-1 knapsack per site
 * ({@link CapacitatedLagrangian}: a bound at least the LP relaxation's, usually above it) whose site sets the GAP
 * heuristic ({@link GapAssigner}) assigns; (2) iterated local search over the open sites ({@link CapacitatedMedianSearch})
 * until 35 % of the limit (60 % above {@code fullModelMaxPoints} points) or until it stalls; (3) above
 * {@code fullModelMaxPoints} and {@link #LNS_MIN_POINTS} points only: a MIP-based large-neighbourhood search
 * ({@link CapacitatedMedianLns}: SCIP re-decides a few neighbouring open sites, the closed candidates near them and their
 * points, everything else fixed) until the deadline, or until it finds nothing better for a fifth of the limit or no
 * neighbourhood improves, then the local search again from the best until a tenth of the limit is left; (4) SCIP from
 * the best solution (a hint) with the time left. The Lagrangian phases run at least {@value #MIN_LAGRANGIAN_ITERATIONS}
 * iterations whatever the load.
 * Above {@code fullModelMaxPoints} demand points SCIP may only send each point to its {@code nearestSites} closest sites
 * (a heuristic restriction), so its bound is not used; the reported bound is the Lagrangian one, or the larger of it
 * and SCIP's on the full model. The run stops early once the solution is within the target gap of that bound.
 */
public final class CapacitatedPMedianProblem {
    public static final String NAME = "capacitated-p-median";
    private final LocationInstance instance;
    private final int p;
    /**
     * The neighbourhood search runs above this many demand points (and above {@code fullModelMaxPoints}): measured under
     * load 12-18, SCIP on the sparse whole model improved nothing in 32-47 s at n 244-399, while at SJC2 (n 200) it
     * proved the sparse model optimal in 29 s and the neighbourhood search did not reach that optimum.
     */
    static final int LNS_MIN_POINTS = 200;
    /** The neighbourhood search stops once it found nothing better for this share of the limit (at least 2 s). */
    static final double LNS_PATIENCE_SHARE = 0.2;
    /**
     * The Lagrangian phases run at least this many iterations (until half the limit) whatever the load: on the bundled
     * Smolyan region (single source, 240 settlements) 30 iterations reach the bound within 0.01 %, while under load 20
     * the time shares alone left it 6 iterations and a gap of 100 %.
     */
    static final int MIN_LAGRANGIAN_ITERATIONS = 60;
    private int fullModelMaxPoints = 100;
    private int nearestSites = 20;

    public CapacitatedPMedianProblem(LocationInstance instance, int p) {
        instance.requireSiteCount(p);
        if (!instance.capacitated()) throw PlanningException.invalid("capacitated p-median needs a capacity for every candidate site");
        this.instance = instance;
        this.p = p;
    }

    /** Restricts assignments to each point's {@code nearest} sites once there are more than {@code maxPoints}. */
    public CapacitatedPMedianProblem withSparsity(int maxPoints, int nearest) {
        this.fullModelMaxPoints = maxPoints;
        this.nearestSites = nearest;
        return this;
    }

    public LocationSolution solve(SolveOptions options) {
        long start = System.nanoTime();
        double limit = options.timeLimitSeconds();
        long deadline = CapacityModel.deadline(start, limit);
        SolveMonitor monitor = options.monitor();
        monitor.begin(false);
        if (options.exactAllowed()) Mip.loadNativeInBackground(); // the solver comes late: its library loads meanwhile
        instance.costs().prepareOrders(monitor, false);
        checkCapacity();
        int n = instance.demandCount(), m = instance.candidateCount();
        boolean sparse = n > fullModelMaxPoints;
        boolean integral = instance.costs().integral();
        double target = options.targetGap();
        // 1. Lagrangian bound; every iteration's p sites are assigned by the GAP heuristic
        monitor.phase("lagrangian");
        GapAssigner gap = new GapAssigner(instance, listLength(m));
        CapacitatedMedianSearch search = new CapacitatedMedianSearch(instance, gap, 1, start, monitor);
        CapacitatedLagrangian lagrangian = new CapacitatedLagrangian(instance, p);
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) lambda[i] = gap.sitesOf(i).length == 0 ? 0 : gap.cost(i, gap.sitesOf(i)[0]);
        // a first short run proposes site sets (the GAP heuristic assigns each) and a quick descent gives an upper bound
        CapacitatedLagrangian.Result lr = lagrangian.run(lambda, 60, start + (long) (limit * 0.05e9), search::bestCost, target,
                search::offer, monitor);
        monitor.phase("local search");
        if (!Double.isFinite(search.bestCost())) search.offer(largestSites());
        search.descendFromBest(start + (long) (limit * 0.15e9));
        // then the bound with the Polyak step towards that upper bound
        monitor.phase("lagrangian");
        int[] iteration = {0};
        CapacitatedLagrangian.Result second = lagrangian.run(lr.multipliers(), Integer.MAX_VALUE, start + (long) (limit * 0.25e9),
                search::bestCost, target, chosen -> { if (++iteration[0] % 20 == 0) search.offer(chosen); }, monitor);
        double bound = Math.max(lr.bound(), second.bound());
        int lagrangianIterations = lr.iterations() + second.iterations();
        // a slow machine (load) must not leave the bound to a handful of iterations: at least MIN_LAGRANGIAN_ITERATIONS,
        // until half the limit
        if (lagrangianIterations < MIN_LAGRANGIAN_ITERATIONS && !(Double.isFinite(search.bestCost())
                && search.bestCost() - bound <= target * Math.abs(search.bestCost()))) {
            CapacitatedLagrangian.Result more = lagrangian.run(second.bound() >= lr.bound() ? second.multipliers() : lr.multipliers(),
                    MIN_LAGRANGIAN_ITERATIONS - lagrangianIterations, start + (long) (limit * 0.5e9), search::bestCost, target,
                    chosen -> { if (++iteration[0] % 20 == 0) search.offer(chosen); }, monitor);
            bound = Math.max(bound, more.bound());
            lagrangianIterations += more.iterations();
        }
        double lower = Math.max(0, Solutions.roundBound(bound - 1e-7 * Math.abs(bound), integral));
        monitor.bound(lower);
        double lagrangianSeconds = Solutions.seconds(start);
        // 2. iterated local search over the open sites
        monitor.phase("local search");
        double stopBelow = lower / (1 - Math.min(target, 0.999999)) + 1e-9 * Math.abs(lower);
        // the solver's bound is valid on the full model only: there it gets more of the time
        long searchEnd = options.exactAllowed() ? start + (long) (limit * (sparse ? 0.6e9 : 0.35e9)) : deadline;
        search.improve(searchEnd, stopBelow, (long) (Math.max(2, limit * 0.12) * 1e9));
        double heuristic = search.bestCost(), heuristicSeconds = search.bestSeconds();
        double searchSeconds = Solutions.seconds(start) - lagrangianSeconds;
        // 3. sparse: SCIP on small neighbourhoods of the best solution (CapacitatedMedianLns)
        String lnsNote = null;
        // (above LNS_MIN_POINTS: up to there SCIP on the sparse model does better, e.g. SJC2 (200 points) solved in 29 s)
        if (sparse && n > LNS_MIN_POINTS && options.exactAllowed() && !(search.bestCost() <= stopBelow)) {
            monitor.phase("neighbourhood search");
            // until it stalls for max(2 s, a fifth of the limit)
            lnsNote = new CapacitatedMedianLns(instance, gap, search, 1, monitor)
                    .run(deadline, stopBelow, (long) (Math.max(2, limit * LNS_PATIENCE_SHARE) * 1e9)).note();
            // then the local search again from the best, until SCIP's share of the end: measured on unseen instances of
            // 402 points (p 30, 40), the neighbourhood search improved nothing in 25 s while the local search, given
            // longer, found solutions 1.6-2 % better
            long ilsEnd = deadline - (long) (Math.max(2, limit * 0.1) * 1e9);
            if (!(search.bestCost() <= stopBelow) && ilsEnd - System.nanoTime() > 1_000_000_000L) {
                monitor.phase("local search");
                long again = System.nanoTime();
                search.improve(ilsEnd, stopBelow, Long.MAX_VALUE);
                lnsNote += String.format(java.util.Locale.ROOT, ", local search again %.2f s", (System.nanoTime() - again) / 1e9);
            }
        }
        // 4. SCIP from the best solution (hint), over each point's nearest sites when sparse
        String mipNote = "mip not run";
        boolean mipRun = false;
        // the solver only when a second is left before the deadline: the time limit holds for the whole run
        if (options.exactAllowed() && !(search.bestCost() <= stopBelow) && deadline - System.nanoTime() > 1_000_000_000L) {
            monitor.phase("exact");
            long mipStart = System.nanoTime();
            CapacityModel.Outcome out = CapacityModel.solve(instance, p, Double.POSITIVE_INFINITY, sparse ? nearestSites : 0, false, false,
                    deadline, monitor, search.bestOpen(), search.bestAssignment());
            Mip.Result r = out.result();
            mipRun = true;
            if (r.infeasible() && !sparse)
                throw new PlanningException(ErrorCode.INFEASIBLE, "No assignment of every demand point to " + p
                        + " sites fits the capacities (proven by the solver): open more sites or raise capacities.");
            if (r.hasSolution()) search.offer(out.open(), out.assignment());
            if (!sparse && !Double.isNaN(r.bound())) lower = Math.max(lower, Solutions.roundBound(r.bound(), integral));
            mipNote = String.format(java.util.Locale.ROOT, "mip %.2f s (%s)", (System.nanoTime() - mipStart) / 1e9, r.label());
        }
        if (search.bestOpen() == null)
            throw new PlanningException(ErrorCode.INFEASIBLE, "No assignment within the capacities was found"
                    + (sparse && mipRun ? " (the solver saw each point's " + nearestSites + " nearest sites)" : "") + " in " + limit + " s.");
        int[] a = search.bestAssignment();
        double objective = 0;
        for (int i = 0; i < a.length; i++) objective += instance.weight(i) * instance.costs().cost(i, a[i]);
        lower = Math.min(objective, lower);
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT, "phases: lagrangian %.2f s (%d iterations), local search %.2f s (%d assignments), %s",
                lagrangianSeconds, lagrangianIterations, searchSeconds, search.evaluations(), (lnsNote == null ? "" : lnsNote + ", ") + mipNote));
        notes.add(String.format(java.util.Locale.ROOT, "heuristic: %s at %.2f s", Double.isFinite(heuristic) ? fmt(heuristic) : "none", heuristicSeconds));
        notes.add("bound: Lagrangian relaxation of the assignment constraints (a 0-1 knapsack per site)" + (mipRun && !sparse ? " and the solver's bound" : ""));
        if (sparse && mipRun) notes.add("the solver assigned each point among its " + nearestSites + " nearest sites (and the heuristic's site)");
        String method = "lagrangian+local-search(gap)" + (lnsNote != null ? "+lns(" + Mip.SOLVER + ")" : "") + (mipRun ? "+mip(" + Mip.SOLVER + (sparse ? ", " + nearestSites + " nearest sites" : "") + ")" : "");
        return new LocationSolution(NAME, false, objective, lower, objective, Solutions.seconds(start), method,
                Solutions.sites(search.bestOpen()), Solutions.list(a), notes);
    }

    /**
     * The baseline: SCIP alone on the textbook model (every point may go to every site, no heuristic, no hint), stopping
     * once it holds a solution of cost at most {@code stopAtObjective} (infinite: never) or at the time limit. For
     * benchmarks; the lower bound is SCIP's.
     */
    public LocationSolution solveTextbookMip(SolveOptions options, double stopAtObjective) {
        long start = System.nanoTime();
        checkCapacity();
        String params = Double.isFinite(stopAtObjective)
                ? "limits/primal = " + String.format(java.util.Locale.ROOT, "%.6f", stopAtObjective) : "";
        CapacityModel.Outcome out = CapacityModel.solve(instance, p, Double.POSITIVE_INFINITY, 0, false, false,
                CapacityModel.deadline(start, options.timeLimitSeconds()), options.monitor(), null, null, params);
        Mip.Result r = out.result();
        if (!r.hasSolution())
            throw new PlanningException(ErrorCode.INFEASIBLE, "SCIP found no assignment in " + options.timeLimitSeconds() + " s (" + r.label() + ").");
        int[] a = out.assignment();
        double objective = 0;
        for (int i = 0; i < a.length; i++) objective += instance.weight(i) * instance.costs().cost(i, a[i]);
        double lower = Math.min(objective, Double.isNaN(r.bound()) ? 0 : Solutions.roundBound(r.bound(), instance.costs().integral()));
        return new LocationSolution(NAME, false, objective, lower, objective, Solutions.seconds(start), "mip(" + Mip.SOLVER + ", textbook)",
                Solutions.sites(out.open()), Solutions.list(a), List.of("status " + r.label()));
    }

    /** How many nearest sites the GAP heuristic considers per point. */
    private int listLength(int m) {
        return Math.min(m, Math.max(60, 8 * m / Math.max(1, p)));
    }

    /** Fixed-open sites and the largest others: a start when the Lagrangian's site sets found no assignment. */
    private boolean[] largestSites() {
        boolean[] open = new boolean[instance.candidateCount()];
        int count = 0;
        for (int j : instance.fixedOpenSites()) { open[j] = true; count++; }
        Integer[] others = java.util.Arrays.stream(instance.allowedSites()).filter(j -> !instance.fixedOpen(j)).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(others, (x, y) -> Double.compare(instance.capacity(y), instance.capacity(x)));
        for (int k = 0; k < others.length && count < p; k++, count++) open[others[k]] = true;
        return open;
    }

    private void checkCapacity() {
        double load = 0;
        for (int i = 0; i < instance.demandCount(); i++) load += instance.load(i);
        double largest = java.util.Arrays.stream(instance.allowedSites()).mapToDouble(instance::capacity).max().orElse(0);
        List<Integer> tooLarge = new ArrayList<>();
        for (int i = 0; i < instance.demandCount(); i++) if (instance.load(i) > largest) tooLarge.add(i);
        if (!tooLarge.isEmpty())
            throw Solutions.unservable(instance, tooLarge, "needs more than the largest site capacity (" + fmt(largest)
                    + ") on its own: raise the capacity to at least its demand");
        // fixed-open sites are open whatever their capacity; the other sites add their largest capacities
        double best = 0;
        int open = 0;
        for (int j : instance.fixedOpenSites()) { best += instance.capacity(j); open++; }
        double[] caps = java.util.Arrays.stream(instance.allowedSites()).filter(j -> !instance.fixedOpen(j))
                .mapToDouble(instance::capacity).sorted().toArray();
        for (int k = 0; k < p - open && k < caps.length; k++) best += caps[caps.length - 1 - k];
        if (load > best + 1e-9)
            throw new PlanningException(ErrorCode.INFEASIBLE, "The total demand " + fmt(load) + " exceeds the capacity of the "
                    + (open == 0 ? p + " largest sites" : open + " fixed-open sites and the " + (p - open) + " largest others")
                    + " together (" + fmt(best) + "): open more sites or raise capacities.");
    }

    static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
}
