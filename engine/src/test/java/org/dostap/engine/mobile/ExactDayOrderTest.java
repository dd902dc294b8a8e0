package org.dostap.engine.mobile;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.region.Settlement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The exact day order against every permutation, on random asymmetric days with windows (fixed seeds). */
class ExactDayOrderTest {
    @Test
    void matchesEveryPermutationOnRandomDaysWithWindows() {
        for (int seed = 1; seed <= 30; seed++) {
            PlanningProblem p = randomDay(new Random(seed), 7);
            int[] stops = {1, 2, 3, 4, 5, 6, 7};
            int[] exact = ExactDayOrder.solve(p, stops);
            long best = bruteForce(p, stops.clone(), 0, Long.MAX_VALUE);
            if (best == Long.MAX_VALUE) assertThat(exact).as("seed " + seed).isNull();
            else {
                assertThat(exact).as("seed " + seed).isNotNull();
                assertThat((long) DaySchedule.endSeconds(p, exact, exact.length)).as("seed " + seed).isEqualTo(best);
            }
        }
    }

    @Test
    void theSameStopsGiveTheSameOrderWhateverTheirOrder() {
        PlanningProblem p = randomDay(new Random(7), 6);
        int[] a = ExactDayOrder.solve(p, new int[]{1, 2, 3, 4, 5, 6}), b = ExactDayOrder.solve(p, new int[]{1, 2, 3, 4, 5, 6});
        assertThat(b).isEqualTo(a);
    }

    /** Base 0 and n stops; 5-60 min legs, 20-40 min on site, half of the stops with a 2-hour window; 10-hour day. */
    private static PlanningProblem randomDay(Random r, int n) {
        int size = n + 1;
        int[][] s = new int[size][size];
        List<GeoPoint> pts = new ArrayList<>();
        List<Settlement> settlements = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pts.add(new GeoPoint(24.7 + i * 0.01, 41.6));
            for (int j = 0; j < size; j++) s[i][j] = i == j ? 0 : (5 + r.nextInt(56)) * 60;
            if (i > 0) settlements.add(MobileFixtures.village("S" + i, pts.get(i), 100));
        }
        int[] zero = new int[size], onSite = new int[size], open = new int[size], close = new int[size];
        for (int i = 1; i < size; i++) {
            onSite[i] = (20 + r.nextInt(21)) * 60;
            boolean window = r.nextBoolean();
            open[i] = window ? r.nextInt(6) * 3600 : 0;
            close[i] = window ? open[i] + 2 * 3600 : Integer.MAX_VALUE / 4;
        }
        close[0] = 10 * 3600;
        return new PlanningProblem(TeamNetwork.of(pts, s, 1.3), settlements, zero, zero, onSite, open, close, 1, 1, 1, 10 * 3600);
    }

    private static long bruteForce(PlanningProblem p, int[] a, int k, long best) {
        if (k == a.length) {
            int end = DaySchedule.endSeconds(p, a, a.length);
            return end == DaySchedule.INFEASIBLE ? best : Math.min(best, end);
        }
        for (int i = k; i < a.length; i++) {
            swap(a, i, k);
            best = bruteForce(p, a, k + 1, best);
            swap(a, i, k);
        }
        return best;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

}
