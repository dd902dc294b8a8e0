package org.dostap.engine.coverage;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Population-weighted statistics of travel times ({@code x_i} seconds, weights {@code w_i} = population,
 * {@code W = Σ w_i}); settlements of population 0 carry no weight and are left out.
 * <ul>
 *   <li>mean: {@code Σ w_i x_i / W};</li>
 *   <li>weighted q-quantile (median q = 0.5, 90th percentile q = 0.9): with the times sorted ascending and
 *       {@code C_k} the cumulative weight of the first k, the smallest {@code x_k} with {@code C_k ≥ q·W}
 *       (the inverse of the population-weighted distribution function, no interpolation: every reported
 *       value is the time of a real settlement);</li>
 *   <li>Gini: {@code G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² μ)} with μ the weighted mean; 0 when all times
 *       are equal (or μ = 0), approaching 1 when one settlement carries all the travel time. Computed in
 *       O(n log n) on the sorted times.</li>
 * </ul>
 */
final class WeightedStats {
    private WeightedStats() {}

    /**
     * @param times seconds, @param weights population, same length; entries of weight 0 are counted as settlements
     * with a time but carry no weight in the statistics.
     */
    static TravelTimeStats of(int[] times, long[] weights) {
        if (times.length != weights.length) throw new IllegalArgumentException("times and weights differ in length");
        Integer[] order = java.util.stream.IntStream.range(0, times.length).filter(i -> weights[i] > 0)
                .boxed().toArray(Integer[]::new);
        if (order.length == 0) return new TravelTimeStats(times.length, 0, null, null, null, null);
        Arrays.sort(order, Comparator.comparingInt(i -> times[i]));
        double[] x = new double[order.length];
        double[] w = new double[order.length];
        long total = 0;
        for (int k = 0; k < order.length; k++) {
            x[k] = times[order[k]];
            w[k] = weights[order[k]];
            total += weights[order[k]];
        }
        double mean = mean(x, w);
        return new TravelTimeStats(times.length, total, mean, quantile(x, w, 0.5), quantile(x, w, 0.9), gini(x, w, mean));
    }

    static double mean(double[] x, double[] w) {
        double sw = 0, swx = 0;
        for (int k = 0; k < x.length; k++) {
            sw += w[k];
            swx += w[k] * x[k];
        }
        return swx / sw;
    }

    /** {@code x} sorted ascending, weights positive. */
    static double quantile(double[] x, double[] w, double q) {
        double total = 0;
        for (double v : w) total += v;
        double target = q * total;
        double cumulative = 0;
        for (int k = 0; k < x.length; k++) {
            cumulative += w[k];
            if (cumulative >= target - 1e-9 * total) return x[k];
        }
        return x[x.length - 1];
    }

    /** {@code x} sorted ascending. Σ over ordered pairs = 2 Σ_k w_k (x_k C_{<k} − S_{<k}). */
    static double gini(double[] x, double[] w, double mean) {
        if (mean <= 0) return 0;
        double total = 0, cumW = 0, cumWx = 0, pairs = 0;
        for (int k = 0; k < x.length; k++) {
            pairs += w[k] * (x[k] * cumW - cumWx);
            cumW += w[k];
            cumWx += w[k] * x[k];
            total += w[k];
        }
        return 2 * pairs / (2 * total * total * mean);
    }
}
