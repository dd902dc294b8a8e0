package org.dostap.engine.optimize;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Single-source capacitated assignment with SCIP, shared by the capacitated p-median and capacitated
 * coverage: binary x_ij (only pairs within {@code maxCost} and, when {@code nearest} &gt; 0, among each point's
 * {@code nearest} closest allowed sites), Σ_i q_i x_ij ≤ Q_j y_j, x_ij ≤ y_j, Σ_j y_j = p.
 * {@code cover}: Σ_j x_ij ≤ 1 and maximize Σ w_i x_ij; otherwise Σ_j x_ij = 1 and minimize Σ w_i c_ij x_ij.
 * {@code relax} solves the LP relaxation with GLOP instead (a bound). The solver gets the time left until the
 * deadline once the model is built, so building counts against the limit; past the deadline building stops and the
 * solver is not run ({@link Mip.Result#notRun}) (see {@link Mip#timeLimitUntil} for how the solve keeps the deadline).
 */
final class CapacityModel {
    private CapacityModel() { }

    record Outcome(Mip.Result result, boolean[] open, int[] assignment) { }

    /**
     * The deadline for a run of {@code seconds} from {@code startNanos}, less a margin (5 %, at most 2 s) for the
     * solver to notice its limit, free the native model and report.
     */
    static long deadline(long startNanos, double seconds) {
        return startNanos + (long) (seconds * 1e9) - (long) Math.min(2e9, seconds * 0.05e9);
    }

    static Outcome solve(LocationInstance inst, int p, double maxCost, int nearest, boolean cover, boolean relax,
                         long deadlineNanos, SolveMonitor monitor) {
        return solve(inst, p, maxCost, nearest, cover, relax, deadlineNanos, monitor, null, null);
    }

    /**
     * As above, with a feasible solution as SCIP's starting incumbent ({@code hintOpen}, {@code hintAssignment}; null
     * for none): its pairs are in the model even outside the {@code nearest} sites, so the hint stays feasible.
     */
    static Outcome solve(LocationInstance inst, int p, double maxCost, int nearest, boolean cover, boolean relax,
                         long deadlineNanos, SolveMonitor monitor, boolean[] hintOpen, int[] hintAssignment) {
        return solve(inst, p, maxCost, nearest, cover, relax, deadlineNanos, monitor, hintOpen, hintAssignment, "");
    }

    /** As above, with SCIP parameters in its settings syntax (e.g. an objective at which to stop). */
    static Outcome solve(LocationInstance inst, int p, double maxCost, int nearest, boolean cover, boolean relax,
                         long deadlineNanos, SolveMonitor monitor, boolean[] hintOpen, int[] hintAssignment, String scipParameters) {
        int n = inst.demandCount(), m = inst.candidateCount();
        if (!Mip.nativeLoadedBy(deadlineNanos)) return new Outcome(Mip.Result.notRun(), null, null);
        try (Mip mip = new Mip(relax ? "GLOP" : Mip.SOLVER, Math.max(1e-3, (deadlineNanos - System.nanoTime()) / 1e9), monitor)) {
            MPVariable[] y = new MPVariable[m];
            MPConstraint count = mip.equal(p);
            MPConstraint[] capacity = new MPConstraint[m];
            for (int j = 0; j < m; j++) {
                if (inst.closed(j)) continue;
                y[j] = inst.fixedOpen(j) ? mip.num(1, 1) : relax ? mip.num(0, 1) : mip.bool();
                count.setCoefficient(y[j], 1);
                capacity[j] = mip.atMost(0);
                capacity[j].setCoefficient(y[j], -inst.capacity(j));
            }
            MPVariable[][] x = new MPVariable[n][];
            int[][] sites = new int[n][];
            for (int i = 0; i < n; i++) {
                if ((i & 31) == 0) monitor.throwIfStopped();
                // building is slow under load (a row of 300 sites took up to 15 ms under load 15): past the deadline, stop
                if (System.nanoTime() - deadlineNanos > 0) return new Outcome(Mip.Result.notRun(), null, null);
                int[] order = inst.costs().rowOrder(i);
                java.util.List<Integer> js = new java.util.ArrayList<>();
                for (int j : order) {
                    double c = inst.costs().cost(i, j);
                    if (c > maxCost) break;
                    if (y[j] == null || inst.load(i) > inst.capacity(j)) continue;
                    js.add(j);
                    if (nearest > 0 && js.size() >= nearest) break;
                }
                if (hintAssignment != null && hintAssignment[i] >= 0 && !js.contains(hintAssignment[i])) js.add(hintAssignment[i]);
                sites[i] = js.stream().mapToInt(Integer::intValue).toArray();
                x[i] = new MPVariable[sites[i].length];
                MPConstraint assign = cover ? mip.atMost(1) : mip.equal(1);
                for (int k = 0; k < sites[i].length; k++) {
                    int j = sites[i][k];
                    MPVariable v = relax ? mip.num(0, 1) : mip.bool();
                    x[i][k] = v;
                    assign.setCoefficient(v, 1);
                    capacity[j].setCoefficient(v, inst.load(i));
                    MPConstraint link = mip.atMost(0);
                    link.setCoefficient(v, 1);
                    link.setCoefficient(y[j], -1);
                    mip.objective(v, cover ? inst.weight(i) : inst.weight(i) * inst.costs().cost(i, j));
                }
            }
            if (cover) mip.maximize(); else mip.minimize();
            if (hintOpen != null && !relax) {
                java.util.List<MPVariable> vars = new java.util.ArrayList<>();
                java.util.List<Double> vals = new java.util.ArrayList<>();
                for (int j = 0; j < m; j++) if (y[j] != null) { vars.add(y[j]); vals.add(hintOpen[j] ? 1.0 : 0.0); }
                for (int i = 0; i < n; i++)
                    for (int k = 0; k < sites[i].length; k++) { vars.add(x[i][k]); vals.add(sites[i][k] == hintAssignment[i] ? 1.0 : 0.0); }
                mip.solver().setHint(vars.toArray(new MPVariable[0]), vals.stream().mapToDouble(Double::doubleValue).toArray());
            }
            // GLOP's dual simplex: SJC2's relaxation (40,000 x_ij with x_ij <= y_j) in 5 s instead of 19 s with the primal
            if (relax) mip.solverParameters("use_dual_simplex: true");
            else if (!scipParameters.isEmpty()) mip.solverParameters(scipParameters);
            mip.timeLimitUntil(deadlineNanos);
            Mip.Result r = mip.solve();
            if (!r.hasSolution() || relax) return new Outcome(r, null, null);
            int[] assignment = new int[n];
            for (int i = 0; i < n; i++) {
                assignment[i] = -1;
                for (int k = 0; k < x[i].length; k++) if (x[i][k].solutionValue() > 0.5) assignment[i] = sites[i][k];
            }
            return new Outcome(r, MedianMipModels.values(y), assignment);
        }
    }
}
