package org.dostap.engine.optimize;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.PriorityQueue;

/**
 * Exact p-median by Lagrangian branch and bound on the site variables (Beasley 1993, "Lagrangean heuristics for
 * location problems", EJOR 65:383-399, section 3). A node fixes sites open or closed; its bound is the Lagrangian
 * relaxation of the assignment constraints ({@link MedianLagrangian}) restricted to the node, raised by a few dozen
 * subgradient steps warm-started from the parent's multipliers. At every node reduced costs close (open) the sites
 * whose forced opening (closing) would lift the bound above the cutoff; the Lagrangian sites are evaluated as a
 * feasible solution. Branching opens, then closes, the relaxed solution's most attractive free site; the search
 * dives depth-first and restarts from the best open bound. Each demand point only scans its candidate list (sites
 * by cost, cut at the largest cost an improving solution may serve it at), so a step costs far less than n·m.
 */
final class MedianBranchAndBound {
    /** Result: the best solution (null when none better than the start was found), its cost and the proven bound. */
    record Result(boolean[] open, double upper, double lower, boolean exhausted, long nodes) { }

    // subgradient steps per node and step-size factors (tuned on pmed17-39 by the entries scanned: larger warm-start
    // steps and fewer of them per node cost least; pmed39 went from 268 M scanned entries to 28 M)
    private static final int ROOT_STEPS = 100;
    private static final int NODE_STEPS = 25;
    private static final double ROOT_THETA = 1;
    private static final double NODE_THETA = 2;
    private static final int PATIENCE = 5;   // steps without a better value before the factor is halved

    private final MedianCosts mc;
    private final int p;
    private final boolean integral;
    private final double targetGap;
    private final int n, m;
    private final int[] start;    // per point, its slice of sites/costs
    private final int[] sites;
    private final double[] costs;
    private final double[] weight;
    // scratch per node
    private final double[] rho;
    private final boolean[] chosen;
    private final int[] scanEnd;
    private final double[] cap;
    private final double[] g;
    private final long deadlineNanos;
    private final SolveMonitor monitor;
    private double upper;
    private boolean[] upperOpen;
    private double cutoff;
    private long nodes;

    /** A node: site rules and the multipliers to start from (float: only a warm start; both children share them). */
    private record Node(byte[] status, float[] lambda, double bound, int depth) { }

    /**
     * @param status    per site -1 closed, +1 open, 0 free (e.g. {@link MedianLagrangian#fixings})
     * @param maxCost   per active point the largest cost at which it may be served in an improving solution
     * @param monitor   receives improved solutions and the global bound; a stop request ends the search with
     *                  {@link SolveCancelledException}
     */
    MedianBranchAndBound(MedianCosts mc, int p, int[] status, double[] maxCost, boolean[] open, double upper,
                         boolean integral, double targetGap, long deadlineNanos, SolveMonitor monitor) {
        this.monitor = monitor;
        this.mc = mc;
        this.p = p;
        this.integral = integral;
        this.targetGap = targetGap;
        this.deadlineNanos = deadlineNanos;
        this.n = mc.size();
        this.m = status.length;
        this.weight = mc.weight;
        this.upper = upper;
        this.upperOpen = open.clone();
        int siteCount = 0;
        for (int s : status) if (s >= 0) siteCount++;
        int coverAll = siteCount - p + 1; // among that many sites one is open in every solution
        start = new int[n + 1];
        int[] s = new int[1024];
        double[] c = new double[1024];
        int size = 0;
        for (int a = 0; a < n; a++) {
            start[a] = size;
            int within = 0;
            for (int j : mc.rowOrder(a)) {
                if (status[j] < 0) continue;
                double cost = mc.cost(a, j);
                if (cost > maxCost[a]) break;
                if (size == s.length) { s = Arrays.copyOf(s, size * 2); c = Arrays.copyOf(c, size * 2); }
                s[size] = j;
                c[size++] = cost;
                if (status[j] > 0 || ++within >= coverAll) break;
            }
        }
        start[n] = size;
        sites = Arrays.copyOf(s, size);
        costs = Arrays.copyOf(c, size);
        rho = new double[m];
        chosen = new boolean[m];
        scanEnd = new int[n];
        cap = new double[n];
        g = new double[n];
        updateCutoff();
    }

    /** Searches until the tree is exhausted or {@link #stopRequested()}. */
    Result solve(int[] rootStatus, double[] rootLambda, double rootBound) {
        byte[] status = new byte[m];
        for (int j = 0; j < m; j++) status[j] = (byte) rootStatus[j];
        PriorityQueue<Node> queue = new PriorityQueue<>((x, y) -> Double.compare(x.bound, y.bound));
        Deque<Node> dive = new ArrayDeque<>();
        dive.push(new Node(status, floats(rootLambda == null ? new double[n] : rootLambda), rootBound, 0));
        boolean improved = false;
        while (!dive.isEmpty() || !queue.isEmpty()) {
            if (stopRequested()) return new Result(improved ? upperOpen : null, upper, globalBound(dive, queue), false, nodes);
            if ((nodes & 15) == 0) monitor.bound(globalBound(dive, queue));
            Node node = dive.isEmpty() ? queue.poll() : dive.pop();
            if (node.bound > cutoff) continue;
            double before = upper;
            Node[] children = process(node, node.depth == 0 ? ROOT_STEPS : NODE_STEPS);
            if (upper < before) improved = true;
            if (children == null) continue;
            dive.push(children[0]);
            queue.add(children[1]);
        }
        // exhausted: no solution costs cutoff or less (integral costs: none below floor(cutoff) + 1)
        double lower = targetGap > 0 ? Math.min(upper, integral ? Math.floor(cutoff) + 1 : cutoff) : upper;
        return new Result(improved ? upperOpen : null, upper, lower, true, nodes);
    }

    /** True once the deadline has passed. @throws SolveCancelledException when the monitor was asked to stop */
    private boolean stopRequested() { return monitor.stoppedOrPast(deadlineNanos); }

    /** The least bound of the nodes left (the dive holds at most one), at most the incumbent. */
    private double globalBound(Deque<Node> dive, PriorityQueue<Node> queue) {
        double lower = upper;
        for (Node x : dive) lower = Math.min(lower, x.bound);
        if (!queue.isEmpty()) lower = Math.min(lower, queue.peek().bound);
        return lower;
    }

    /** Bounds a node; returns its two children {dive, later} or null when the node is closed. */
    private Node[] process(Node node, int steps) {
        nodes++;
        byte[] status = node.status.clone();
        double[] lambda = new double[n];
        for (int a = 0; a < n; a++) lambda[a] = node.lambda[a];
        if (!prepare(status, lambda)) return null;
        double bound = node.bound;
        double[] bestLambda = null;
        double[] bestRho = null;
        boolean[] bestChosen = null;
        double theta = node.depth == 0 ? ROOT_THETA : NODE_THETA;
        double best = Double.NEGATIVE_INFINITY;
        int sinceBetter = 0;
        for (int it = 0; it < steps && !((it & 7) == 7 && stopRequested()); it++) { // any multipliers give a valid bound
            double value = evaluate(status, lambda);
            double norm = subgradient(lambda);
            if (value > best) {
                best = value;
                bestLambda = lambda.clone();
                bestRho = rho.clone();
                bestChosen = chosen.clone();
                sinceBetter = 0;
            } else if (++sinceBetter >= PATIENCE) { theta /= 2; sinceBetter = 0; }
            bound = Math.max(bound, value);
            if (norm == 0) { // the relaxed solution is feasible, so optimal for this node
                offer(chosen);
                return null;
            }
            if (it % 8 == 0) offer(chosen);
            if (bound > cutoff) return null;
            double step = theta * (upper - value) / norm;
            for (int a = 0; a < n; a++) lambda[a] = Math.min(cap[a], Math.max(0, lambda[a] + step * weight[a] * g[a]));
        }
        offer(bestChosen);
        if (bound > cutoff) return null;
        // reduced costs at the node's best multipliers: the tests need L at those very multipliers, not the inherited bound
        if (fix(status, bestRho, best) < 0) return null;
        // branch on the most attractive free site of the relaxed solution
        int branch = -1;
        for (int j = 0; j < m; j++)
            if (bestChosen[j] && status[j] == 0 && (branch < 0 || bestRho[j] < bestRho[branch])) branch = j;
        if (branch < 0) return null; // every chosen site is now fixed open: the node holds one solution, offered above
        byte[] open = status.clone();
        open[branch] = 1;
        byte[] closed = status;
        closed[branch] = -1;
        float[] warm = floats(bestLambda);
        return new Node[]{new Node(open, warm, bound, node.depth + 1), new Node(closed, warm, bound, node.depth + 1)};
    }

    /** Per point the cost cap from the nearest fixed-open site; false when the node is infeasible. */
    private boolean prepare(byte[] status, double[] lambda) {
        int open = 0, free = 0;
        for (byte s : status) { if (s > 0) open++; else if (s == 0) free++; }
        if (open > p || open + free < p) return false;
        for (int a = 0; a < n; a++) {
            double capCost = Double.POSITIVE_INFINITY;
            boolean any = false;
            for (int k = start[a]; k < start[a + 1]; k++) {
                int j = sites[k];
                if (status[j] < 0) continue;
                any = true;
                if (status[j] > 0) { capCost = costs[k]; break; }
            }
            if (!any) return false;
            cap[a] = weight[a] * capCost;
            if (lambda[a] > cap[a]) lambda[a] = cap[a];
        }
        return true;
    }

    /** L(λ) over the node; fills rho, chosen and scanEnd. */
    private double evaluate(byte[] status, double[] lambda) {
        Arrays.fill(rho, 0);
        double sum = 0;
        for (int a = 0; a < n; a++) {
            double l = lambda[a], w = weight[a], t = l / w;
            sum += l;
            int k = start[a], end = start[a + 1];
            for (; k < end; k++) {
                double c = costs[k];
                if (c >= t) break;
                int j = sites[k];
                if (status[j] >= 0) rho[j] += w * c - l;
            }
            scanEnd[a] = k;
        }
        Arrays.fill(chosen, false);
        int need = p;
        for (int j = 0; j < m; j++) if (status[j] > 0) { chosen[j] = true; sum += rho[j]; need--; }
        if (need > 0) {
            int[] order = sortedFree(status, rho);
            for (int k = 0; k < need; k++) { chosen[order[k]] = true; sum += rho[order[k]]; }
        }
        return sum;
    }

    /** Subgradient of the last evaluation into g; returns Σ w g² (0 when the relaxed solution is feasible). */
    private double subgradient(double[] lambda) {
        double norm = 0;
        for (int a = 0; a < n; a++) {
            int covered = 0;
            for (int k = start[a]; k < scanEnd[a]; k++) if (chosen[sites[k]]) covered++;
            g[a] = 1 - covered;
            if (g[a] > 0 && lambda[a] >= cap[a]) g[a] = 0; // a fixed-open site serves it at the cap
            norm += g[a] * g[a] * weight[a];
        }
        return norm;
    }

    /** Reduced-cost fixing at the node's best multipliers; returns the count fixed, -1 when infeasible. */
    private int fix(byte[] status, double[] r, double bound) {
        int open = 0;
        for (byte s : status) if (s > 0) open++;
        int need = p - open;
        if (need <= 0) return 0;
        int[] order = sortedFree(status, r);
        if (order.length < need) return -1;
        if (order.length == need) { for (int j : order) status[j] = 1; return order.length; }
        double lastChosen = r[order[need - 1]], firstOut = r[order[need]];
        int fixed = 0;
        for (int k = 0; k < order.length; k++) {
            int j = order[k];
            if (k < need) { if (bound - r[j] + firstOut > cutoff) { status[j] = 1; fixed++; } }
            else if (bound - lastChosen + r[j] > cutoff) { status[j] = -1; fixed++; }
        }
        return fixed;
    }

    private static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int k = 0; k < values.length; k++) out[k] = (float) values[k];
        return out;
    }

    private int[] sortedFree(byte[] status, double[] r) {
        int count = 0;
        for (int j = 0; j < m; j++) if (status[j] == 0) count++;
        long[] keys = new long[count];
        count = 0;
        for (int j = 0; j < m; j++)
            if (status[j] == 0) keys[count++] = ((long) Float.floatToIntBits((float) -r[j]) << 32) | j;
        Arrays.sort(keys);
        int[] out = new int[count];
        for (int k = 0; k < count; k++) out[k] = (int) keys[count - 1 - k];
        for (int k = 1; k < count; k++) { // repair float rounding with exact values
            int x = out[k];
            int t = k - 1;
            while (t >= 0 && r[out[t]] > r[x]) { out[t + 1] = out[t]; t--; }
            out[t + 1] = x;
        }
        return out;
    }

    private void offer(boolean[] open) {
        double cost = mc.evaluate(open);
        if (cost < upper - 1e-9 * Math.max(1, upper)) {
            FastInterchange search = new FastInterchange(mc, open, monitor);
            double better = search.run(deadlineNanos);
            if (better < cost) { cost = better; open = search.open(); }
            upper = cost;
            upperOpen = open.clone();
            monitor.incumbent(cost);
            updateCutoff();
        }
    }

    private void updateCutoff() { cutoff = PMedianProblem.stopAt(upper, integral, targetGap); }
}
