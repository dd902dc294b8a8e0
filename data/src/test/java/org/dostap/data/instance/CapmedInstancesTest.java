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
}
