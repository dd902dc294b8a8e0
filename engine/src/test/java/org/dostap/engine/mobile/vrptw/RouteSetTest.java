package org.dostap.engine.mobile.vrptw;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The schedule bookkeeping behind the string-removal search's O(1) insertion check. */
class RouteSetTest {
    /** Depot (0,0) open until 100; A (3,0) and B (0,4) due at 5; C (3,4) open all day; no service times. */
    private static final VrptwArrays HAND = new VrptwArrays(VrptwSolverTest.twoVehicleInstance());

    @Test
    void earliestAndLatestStartsAreTheHandComputedOnes() {
        RouteSet s = new RouteSet(HAND);
        int r = s.open(2);            // 0 - B - 0
        s.insert(r, 1, 3);            // 0 - B - C - 0: B at 4, C at 4 + 3 = 7, back at 12
        assertThat(s.start[r][0]).isEqualTo(4.0);
        assertThat(s.start[r][1]).isEqualTo(7.0);
        assertThat(s.latest[r][1]).isEqualTo(95.0);   // 100 - |C0| 5
        assertThat(s.latest[r][0]).isEqualTo(5.0);    // own due 5 < 95 - |BC| 3
        assertThat(s.distance[r]).isCloseTo(12.0, within(1e-12));
        assertThat(s.load[r]).isEqualTo(2);
    }

    @Test
    void insertionCheckRejectsEveryPositionThatMakesACustomerLate() {
        RouteSet s = new RouteSet(HAND);
        int r = s.open(2);
        s.insert(r, 1, 3);
        assertThat(s.fitsInTime(r, 0, 1)).isFalse();  // A at 3, then B at 3 + 5 = 8 > 5
        assertThat(s.fitsInTime(r, 1, 1)).isFalse();  // A at 4 + 5 = 9 > 5
        assertThat(s.fitsInTime(r, 2, 1)).isFalse();  // A at 7 + 4 = 11 > 5
        RouteSet t = new RouteSet(HAND);
        int q = t.open(1);
        assertThat(t.fitsInTime(q, 1, 3)).isTrue();   // 0 - A - C - 0: C at 3 + 4 = 7
        assertThat(t.insertionCost(q, 1, 3)).isCloseTo(4 + 5 - 3, within(1e-12));
    }

    @Test
    void removingAndDroppingEmptyRoutesKeepsTheIndexConsistent() {
        RouteSet s = new RouteSet(HAND);
        s.open(1);
        s.open(2);
        s.insert(1, 1, 3);
        boolean[] removed = new boolean[HAND.nodes];
        removed[1] = true;
        s.removeFlagged(0, removed);
        s.dropEmptyRoutes();
        assertThat(s.routeCount).isEqualTo(1);
        assertThat(s.routes()).containsExactly(List.of(2, 3));
        assertThat(s.routeOf[1]).isEqualTo(-1);
        assertThat(s.routeOf[2]).isZero();
        assertThat(s.positionOf[3]).isEqualTo(1);
        assertThat(s.absentCount()).isEqualTo(1);
        RouteSet copy = new RouteSet(HAND);
        copy.copyFrom(s);
        copy.dissolve(0);
        assertThat(copy.absentCount()).isEqualTo(3);
        assertThat(s.routes()).containsExactly(List.of(2, 3));
    }

    /**
     * Fifty customers on a 7 x 7 lattice around a depot, time windows from a fixed formula. Thousands of
     * random insertions: the O(1) check must agree with the independent check of the route it would produce.
     */
    @Test
    void insertionCheckAgreesWithTheIndependentCheck() {
        List<VrptwCustomer> nodes = new ArrayList<>();
        nodes.add(new VrptwCustomer(0, 0, 0, 0, 0, 400, 0));
        for (int k = 1; k <= 48; k++) {
            double ready = (k * 37) % 200;
            nodes.add(new VrptwCustomer(k, (k % 7) * 10 - 30, (k / 7) * 10 - 30, 1, ready, ready + 20 + (k * 13) % 60, 5));
        }
        VrptwInstance inst = new VrptwInstance("lattice", 48, 1000, nodes);
        VrptwArrays p = new VrptwArrays(inst);
        SplittableRandom random = new SplittableRandom(7);
        int agreements = 0, fits = 0;
        for (int trial = 0; trial < 200; trial++) {
            RouteSet s = new RouteSet(p);
            int r = s.open(1 + random.nextInt(48));
            for (int step = 0; step < 30; step++) {
                int c = 1 + random.nextInt(48);
                if (s.routeOf[c] >= 0) continue;
                int at = random.nextInt(s.length[r] + 1);
                List<Integer> after = new ArrayList<>(s.routes().get(0));
                after.add(at, c);
                boolean independent = VrptwFeasibility.violations(inst, List.of(after)).stream()
                        .allMatch(v -> v.contains("visited 0 times"));
                assertThat(s.fitsInTime(r, at, c)).as("customer %d at %d of %s", c, at, s.routes()).isEqualTo(independent);
                agreements++;
                if (independent) {
                    s.insert(r, at, c);
                    fits++;
                }
            }
        }
        assertThat(agreements).isGreaterThan(1000);
        assertThat(fits).isGreaterThan(200);
    }
}
