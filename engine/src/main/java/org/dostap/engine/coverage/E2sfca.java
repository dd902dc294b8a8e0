package org.dostap.engine.coverage;

import org.dostap.engine.traveltime.TravelTimeMatrix;

import java.util.List;

/**
 * Enhanced two-step floating catchment area (E2SFCA) of Luo &amp; Qi (2009), "An enhanced two-step floating
 * catchment area (E2SFCA) method for measuring spatial accessibility to primary care physicians",
 * Health &amp; Place 15(4):1100–1107.
 * <p>The catchment of size {@code d0} (the threshold of interest) is cut into three equal travel-time zones
 * {@code Z1 = [0, d0/3]}, {@code Z2 = (d0/3, 2d0/3]}, {@code Z3 = (2d0/3, d0]} with Luo &amp; Qi's weights
 * {@code W = 1.00, 0.68, 0.22}. They are the Gaussian {@code exp(−t²/β)} at the zones' inner edges
 * {@code t = 0, d0/3, 2d0/3} (to two decimals) with {@code β = (2d0/3)² / ln(1/0.22)}.
 * <ol>
 *   <li>For each facility j with capacity {@code S_j}: {@code R_j = S_j / Σ_{k: d_kj ≤ d0} P_k W_r(d_kj)}
 *       ({@code R_j = 0} when no population lies in its catchment);</li>
 *   <li>for each settlement i: {@code A_i = Σ_{j: d_ij ≤ d0} R_j W_r(d_ij)}, reported ×1,000 as places
 *       per 1,000 residents.</li>
 * </ol>
 * Only facilities with a capacity (> 0) take part. Not-connected settlements have no times and get 0.
 */
final class E2sfca {
    static final List<Double> ZONE_WEIGHTS = List.of(1.00, 0.68, 0.22);

    private E2sfca() {}

    /** Weight of the zone that {@code seconds} falls in, 0 outside the catchment. */
    static double weight(int seconds, int catchmentSeconds) {
        if (seconds == TravelTimeMatrix.UNREACHABLE || seconds > catchmentSeconds) return 0;
        // zone edges by exact integer arithmetic: 3t <= d0 is zone 1, 3t <= 2 d0 zone 2
        long t3 = 3L * seconds;
        if (t3 <= catchmentSeconds) return ZONE_WEIGHTS.get(0);
        if (t3 <= 2L * catchmentSeconds) return ZONE_WEIGHTS.get(1);
        return ZONE_WEIGHTS.get(2);
    }

    /**
     * @param columns    {@code columns[j][i]} seconds from settlement i to facility j
     * @param capacities {@code S_j}, all positive
     * @param population {@code P_i}
     * @return {@code A_i} per settlement (places per resident)
     */
    static double[] accessibility(List<int[]> columns, int[] capacities, long[] population, int catchmentSeconds) {
        int n = population.length;
        double[] ratio = new double[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            int[] col = columns.get(j);
            double demand = 0;
            for (int i = 0; i < n; i++) demand += population[i] * weight(col[i], catchmentSeconds);
            ratio[j] = demand > 0 ? capacities[j] / demand : 0;
        }
        double[] a = new double[n];
        for (int j = 0; j < columns.size(); j++) {
            int[] col = columns.get(j);
            for (int i = 0; i < n; i++) a[i] += ratio[j] * weight(col[i], catchmentSeconds);
        }
        return a;
    }
}
