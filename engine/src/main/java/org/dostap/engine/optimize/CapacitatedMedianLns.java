package org.dostap.engine.optimize;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A MIP-based large-neighbourhood search for the capacitated p-median (a matheuristic after Stefanello, de Araújo &amp;
 * Müller 2015, "Matheuristics for the capacitated p-median problem", ITOR 22): a neighbourhood is a seed open site
 * and the {@code k} open sites nearest to it, the closed candidates among the {@value #CANDIDATES_PER_POINT} nearest
 * sites of the points they serve, and those points. The small MIP re-decides which of these sites are open (as many
 * as are open now) and where those points go (each among its {@value #SITES_PER_POINT} nearest sites of the
 * neighbourhood, or its present site), within capacities; everything else stays as in the incumbent, so any solution
 * of the small MIP is a feasible whole solution. SCIP solves it with a short limit from the incumbent (a hint); a
 * better solution is taken at once.
 * <p>"Nearest" between open sites: the mean cost from the seed's points to the other site (costs run from points to
 * sites only). Seeds go round in a random order (fixed seed); a neighbourhood already solved whose sites have not
 * changed since is skipped; once a whole round finds nothing, {@code k} grows by one, up to {@value #MAX_K}. It stops
 * when nothing better was found for a while (the caller then gives SCIP on the whole model the time left). Every
 * solution goes to {@link CapacitatedMedianSearch#offer(boolean[], int[])}, which checks it feasible and keeps the best.
 */
final class CapacitatedMedianLns {
    static final int START_K = 4;
    static final int MAX_K = 14;
    static final int CANDIDATES_PER_POINT = 5;
    static final int SITES_PER_POINT = 12;

    private final LocationInstance inst;
    private final GapAssigner gap;
    private final CapacitatedMedianSearch search;
    private final Random random;
    private final SolveMonitor monitor;
    private final int n, m;
    private int solved, proven, improvements, k = START_K;
    private long pointsSeen;

    /** What a run did: sub-MIPs solved, how many improved the incumbent, and the neighbourhood size reached. */
    record Report(int subproblems, int proven, int improvements, int finalK, double meanPoints, double seconds) {
        String note() {
            return String.format(java.util.Locale.ROOT,
                    "large neighbourhood search %.2f s (%d sub-MIPs of %.0f points on average, %d solved to optimality, %d improving, k up to %d)",
                    seconds, subproblems, meanPoints, proven, improvements, finalK);
        }
    }

    CapacitatedMedianLns(LocationInstance inst, GapAssigner gap, CapacitatedMedianSearch search, long seed, SolveMonitor monitor) {
        this.inst = inst;
        this.gap = gap;
        this.search = search;
        this.random = new Random(seed);
        this.monitor = monitor;
        this.n = inst.demandCount();
        this.m = inst.candidateCount();
    }

    /**
     * Improves the search's best solution until the deadline, until its cost is at most {@code stopBelow}, until nothing
     * better was found for {@code patienceNanos}, or until no neighbourhood of up to {@value #MAX_K} + 1 open sites
     * improves it.
     */
    Report run(long deadlineNanos, double stopBelow, long patienceNanos) {
        long start = System.nanoTime();
        long lastBetter = start;
        if (search.bestOpen() == null) return new Report(0, 0, 0, k, 0, 0);
        boolean[] open = search.bestOpen();
        int[] a = search.bestAssignment();
        Set<String> done = new HashSet<>(); // neighbourhoods (open sites, k) solved since their sites last changed
        while (k <= MAX_K && System.nanoTime() < deadlineNanos && search.bestCost() > stopBelow
                && System.nanoTime() - lastBetter < patienceNanos) {
            List<Integer> seeds = new ArrayList<>();
            for (int j = 0; j < m; j++) if (open[j]) seeds.add(j);
            if (k >= seeds.size()) break;
            Collections.shuffle(seeds, random);
            boolean anySolved = false, improved = false;
            for (int seed : seeds) {
                if (System.nanoTime() >= deadlineNanos || search.bestCost() <= stopBelow
                        || System.nanoTime() - lastBetter >= patienceNanos) break;
                monitor.throwIfStopped();
                if (!open[seed]) continue; // closed by an earlier move of this round
                int[] sites = nearestOpen(seed, open, a);
                if (sites == null) continue;
                String key = k + ":" + Arrays.toString(sites);
                if (!done.add(key)) continue;
                anySolved = true;
                double seconds = Math.min(1 + k / 4.0, (deadlineNanos - System.nanoTime()) / 1e9);
                if (seconds < 0.2) break;
                int[] changed = improve(sites, open, a, System.nanoTime() + (long) (seconds * 1e9));
                solved++;
                if (changed.length > 0) {
                    improvements++;
                    improved = true;
                    lastBetter = System.nanoTime();
                    Set<Integer> touched = new HashSet<>();
                    for (int j : changed) touched.add(j);
                    done.removeIf(d -> overlaps(d, touched));
                }
            }
            if (!improved) k++;
        }
        return new Report(solved, proven, improvements, Math.min(k, MAX_K), solved == 0 ? 0 : pointsSeen / (double) solved, (System.nanoTime() - start) / 1e9);
    }

    private static boolean overlaps(String key, Set<Integer> touched) {
        String list = key.substring(key.indexOf('[') + 1, key.length() - 1);
        for (String s : list.split(", ")) if (!s.isEmpty() && touched.contains(Integer.parseInt(s))) return true;
        return false;
    }

    /** The seed and the {@code k} open sites nearest to the points it serves (sorted), or null when it serves none. */
    private int[] nearestOpen(int seed, boolean[] open, int[] a) {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < n; i++) if (a[i] == seed) points.add(i);
        if (points.isEmpty()) return null;
        List<Integer> others = new ArrayList<>();
        double[] mean = new double[m];
        for (int j = 0; j < m; j++) {
            if (!open[j] || j == seed) continue;
            double s = 0;
            for (int i : points) s += inst.costs().cost(i, j);
            mean[j] = s / points.size();
            others.add(j);
        }
        others.sort((x, y) -> Double.compare(mean[x], mean[y]));
        int[] sites = new int[Math.min(k, others.size()) + 1];
        sites[0] = seed;
        for (int t = 1; t < sites.length; t++) sites[t] = others.get(t - 1);
        Arrays.sort(sites);
        return sites;
    }

    /**
     * Solves the neighbourhood of the open {@code sites}; on a better solution updates {@code open} and {@code a} in
     * place, offers it to the search and returns the sites whose state or points changed (empty when no better one).
     */
    int[] improve(int[] sites, boolean[] open, int[] a, long deadlineNanos) {
        Set<Integer> inHood = new HashSet<>();
        for (int j : sites) inHood.add(j);
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < n; i++) if (inHood.contains(a[i])) points.add(i);
        // the closed candidates near those points
        Set<Integer> all = new LinkedHashSet<>();
        for (int j : sites) all.add(j);
        for (int i : points) {
            int[] s = gap.sitesOf(i);
            for (int t = 0, taken = 0; t < s.length && taken < CANDIDATES_PER_POINT; t++) {
                if (open[s[t]] && !inHood.contains(s[t])) continue;
                if (!open[s[t]]) all.add(s[t]);
                taken++;
            }
        }
        int[] hood = all.stream().mapToInt(Integer::intValue).toArray();
        int[] index = new int[m];
        Arrays.fill(index, -1);
        for (int t = 0; t < hood.length; t++) index[hood[t]] = t;
        double before = 0;
        for (int i : points) before += gap.cost(i, a[i]);
        if (!Mip.nativeLoadedBy(deadlineNanos)) return new int[0];
        try (Mip mip = new Mip(Math.max(1e-3, (deadlineNanos - System.nanoTime()) / 1e9), monitor)) {
            MPVariable[] y = new MPVariable[hood.length];
            MPConstraint count = mip.equal(sites.length);
            MPConstraint[] capacity = new MPConstraint[hood.length];
            for (int t = 0; t < hood.length; t++) {
                int j = hood[t];
                y[t] = inst.fixedOpen(j) ? mip.num(1, 1) : mip.bool();
                count.setCoefficient(y[t], 1);
                capacity[t] = mip.atMost(0);
                capacity[t].setCoefficient(y[t], -inst.capacity(j));
            }
            List<MPVariable> hintVars = new ArrayList<>();
            List<Double> hintValues = new ArrayList<>();
            for (int t = 0; t < hood.length; t++) { hintVars.add(y[t]); hintValues.add(open[hood[t]] ? 1.0 : 0.0); }
            int[][] choice = new int[points.size()][];
            MPVariable[][] x = new MPVariable[points.size()][];
            for (int r = 0; r < points.size(); r++) {
                int i = points.get(r);
                List<Integer> js = new ArrayList<>();
                int[] s = gap.sitesOf(i);
                for (int t = 0; t < s.length && js.size() < SITES_PER_POINT; t++) if (index[s[t]] >= 0) js.add(s[t]);
                if (!js.contains(a[i])) js.add(a[i]);
                choice[r] = js.stream().mapToInt(Integer::intValue).toArray();
                x[r] = new MPVariable[choice[r].length];
                MPConstraint assign = mip.equal(1);
                for (int c = 0; c < choice[r].length; c++) {
                    int j = choice[r][c];
                    MPVariable v = mip.bool();
                    x[r][c] = v;
                    assign.setCoefficient(v, 1);
                    capacity[index[j]].setCoefficient(v, inst.load(i));
                    MPConstraint link = mip.atMost(0);
                    link.setCoefficient(v, 1);
                    link.setCoefficient(y[index[j]], -1);
                    mip.objective(v, gap.cost(i, j));
                    hintVars.add(v);
                    hintValues.add(j == a[i] ? 1.0 : 0.0);
                }
            }
            mip.minimize();
            mip.solver().setHint(hintVars.toArray(new MPVariable[0]), hintValues.stream().mapToDouble(Double::doubleValue).toArray());
            mip.timeLimitUntil(deadlineNanos);
            Mip.Result result = mip.solve();
            pointsSeen += points.size();
            if (result.optimal()) proven++;
            if (!result.hasSolution() || !(result.objective() < before - 1e-6 * Math.max(1, Math.abs(before)))) return new int[0];
            boolean[] nextOpen = open.clone();
            int[] next = a.clone();
            for (int t = 0; t < hood.length; t++) nextOpen[hood[t]] = y[t].solutionValue() > 0.5;
            for (int r = 0; r < points.size(); r++)
                for (int c = 0; c < choice[r].length; c++) if (x[r][c].solutionValue() > 0.5) next[points.get(r)] = choice[r][c];
            double old = search.bestCost();
            search.offer(nextOpen, next);
            if (!(search.bestCost() < old)) return new int[0]; // infeasible by the whole check, or not better after all
            Set<Integer> changed = new HashSet<>();
            for (int t = 0; t < hood.length; t++) if (nextOpen[hood[t]] != open[hood[t]]) changed.add(hood[t]);
            for (int i : points) if (next[i] != a[i]) { changed.add(next[i]); changed.add(a[i]); }
            System.arraycopy(nextOpen, 0, open, 0, m);
            System.arraycopy(next, 0, a, 0, n);
            return changed.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
