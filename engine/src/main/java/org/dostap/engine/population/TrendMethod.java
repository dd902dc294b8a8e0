package org.dostap.engine.population;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How one series is carried forward from its last observed value {@code v_T} (year T) to a horizon year h.
 * b is the least-squares slope of the observed values on the year, g the least-squares slope of ln(max(v, 0.5)):
 * <ul>
 *   <li>{@code no-change}: v_T;</li>
 *   <li>{@code linear}: max(0, v_T + b (h - T));</li>
 *   <li>{@code geometric}: v_T e^{g (h - T)};</li>
 *   <li>{@code damped}: v_T e^{g (phi + phi^2 + ... + phi^(h-T))}, phi = {@value #DAMPING} (Gardner's damped trend on the
 *   log scale: the yearly rate fades);</li>
 *   <li>{@code share-of-municipality}: the settlement's share of its municipality carried forward by its own linear
 *   trend (at least 0), times the municipality's geometric projection (the municipality itself: geometric).</li>
 * </ul>
 * Missing years (NaN) are left out of the fit. A series with no observed value projects to 0.
 */
public enum TrendMethod {
    NO_CHANGE("no-change"), LINEAR("linear"), GEOMETRIC("geometric"), DAMPED("damped"),
    SHARE_OF_MUNICIPALITY("share-of-municipality");

    /** The yearly damping factor of {@link #DAMPED}. */
    public static final double DAMPING = 0.9;
    private static final double LOG_FLOOR = 0.5;

    private final String label;

    TrendMethod(String label) { this.label = label; }

    public String label() { return label; }

    public static Optional<TrendMethod> parse(String s) {
        if (s == null) return Optional.empty();
        String t = s.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.label.equals(t)).findFirst();
    }

    /** The method for a whole area (municipality, province, country): share-of-municipality carries areas geometrically. */
    TrendMethod forAreas() { return this == SHARE_OF_MUNICIPALITY ? GEOMETRIC : this; }

    /**
     * Projects {@code values} (year {@code firstYear + i}) to {@code horizonYear}; not for share-of-municipality,
     * which needs the parent (see {@link #projectShare}).
     */
    public double project(int firstYear, double[] values, int horizonYear) {
        int last = lastObserved(values);
        if (last < 0) return 0;
        double vT = values[last];
        int steps = horizonYear - (firstYear + last);
        return switch (this) {
            case NO_CHANGE -> vT;
            case LINEAR -> Math.max(0, vT + slope(values, false) * steps);
            case GEOMETRIC -> vT == 0 ? 0 : vT * Math.exp(slope(values, true) * steps);
            case DAMPED -> vT == 0 ? 0 : vT * Math.exp(slope(values, true) * dampedSteps(steps));
            case SHARE_OF_MUNICIPALITY -> throw new IllegalStateException("share-of-municipality needs the parent series");
        };
    }

    /**
     * The share-of-municipality projection: share s_t = v_t / parent_t carried forward linearly from its last
     * observed value, at least 0, times {@code parentProjection}.
     */
    static double projectShare(int firstYear, double[] values, double[] parent, double parentProjection, int horizonYear) {
        double[] share = new double[values.length];
        for (int i = 0; i < values.length; i++)
            share[i] = Double.isNaN(values[i]) || !(parent[i] > 0) ? Double.NaN : values[i] / parent[i];
        int last = lastObserved(share);
        if (last < 0) return 0;
        double s = Math.max(0, share[last] + slope(share, false) * (horizonYear - (firstYear + last)));
        return s * parentProjection;
    }

    /** phi + phi^2 + ... + phi^steps (steps may be negative: then -(phi^0 + ... ) is not needed; returns steps). */
    static double dampedSteps(int steps) {
        if (steps <= 0) return steps;
        double sum = 0, p = 1;
        for (int i = 0; i < steps; i++) {
            p *= DAMPING;
            sum += p;
        }
        return sum;
    }

    static int lastObserved(double[] values) {
        for (int i = values.length - 1; i >= 0; i--) if (!Double.isNaN(values[i])) return i;
        return -1;
    }

    /** Least-squares slope per year over the observed values (of ln(max(v, 0.5)) when {@code log}); 0 with fewer than 2. */
    static double slope(double[] values, boolean log) {
        int n = 0;
        double sx = 0, sy = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) continue;
            n++;
            sx += i;
            sy += y(values[i], log);
        }
        if (n < 2) return 0;
        double mx = sx / n, my = sy / n, sxy = 0, sxx = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) continue;
            sxy += (i - mx) * (y(values[i], log) - my);
            sxx += (i - mx) * (i - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    private static double y(double v, boolean log) { return log ? Math.log(Math.max(v, LOG_FLOOR)) : v; }
}
