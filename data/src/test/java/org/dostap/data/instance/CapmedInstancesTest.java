package org.dostap.data.instance;

import org.dostap.engine.optimize.CapacitatedPMedianProblem;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.SolveOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Osman &amp; Christofides pmedcap01 solved to its published optimum 713 (best_known.csv), proven. */
class CapmedInstancesTest {
    @Test
    void pmedcap01ToOptimum() {
        PublishedInstance inst = new InstanceReader().read(PmedInstancesTest.resource("capmed/pmedcap01.txt"), InstanceFormat.CAPMED);
        assertThat(inst.instance().demandCount()).isEqualTo(50);
        assertThat(inst.p()).isEqualTo(5);
        assertThat(inst.instance().capacity(0)).isEqualTo(120);
        assertThat(inst.instance().load(0)).isEqualTo(3);    // "1 2 62 3": demand 3
        assertThat(inst.instance().weight(0)).isEqualTo(1);  // unweighted objective
        LocationSolution s = new CapacitatedPMedianProblem(inst.instance(), inst.p()).solve(SolveOptions.defaults().withTimeLimitSeconds(30));
        assertThat(s.objective()).isEqualTo(713);
        assertThat(s.gap()).isZero();
        assertThat(s.sites()).hasSize(5);
    }

    /**
     * The heuristic alone (Lagrangian bound + local search with GAP assignment, no SCIP, 3 s) on every published
     * capacitated instance: a feasible single-source assignment (checked here), p sites, never below the best known
     * (an objective miscounted low would be), a bound never above it.
     */
    @Test
    void heuristicAssignmentIsFeasibleOnEveryPublishedInstance() throws Exception {
        java.util.List<String> lines = java.nio.file.Files.readAllLines(PmedInstancesTest.resource("capmed/best_known.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String name = line.split(",")[0];
            double best = Double.parseDouble(line.split(",")[6]);
            boolean sjc = name.startsWith("SJC");
            PublishedInstance inst = new InstanceReader().read(PmedInstancesTest.resource("capmed/" + name + (sjc ? ".dat" : ".txt")),
                    sjc ? InstanceFormat.SJC : InstanceFormat.CAPMED);
            LocationSolution s = new CapacitatedPMedianProblem(inst.instance(), inst.p())
                    .solve(SolveOptions.defaults().withTimeLimitSeconds(3).withExactAllowed(false));
            assertThat(s.sites()).as(name).hasSize(inst.p());
            double[] used = new double[inst.instance().candidateCount()];
            double total = 0;
            for (int i = 0; i < inst.instance().demandCount(); i++) {
                int j = s.assignment().get(i);
                assertThat(s.sites()).as(name).contains(j);
                used[j] += inst.instance().load(i);
                total += inst.instance().costs().cost(i, j);
            }
            for (int j = 0; j < used.length; j++) assertThat(used[j]).as(name + " site " + j).isLessThanOrEqualTo(inst.instance().capacity(j));
            assertThat(s.objective()).as(name).isCloseTo(total, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(s.objective()).as(name).isGreaterThanOrEqualTo(best - 0.01);
            assertThat(s.lowerBound()).as(name).isLessThanOrEqualTo(best + 0.01);
        }
    }
}
