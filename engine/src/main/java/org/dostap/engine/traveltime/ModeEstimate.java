package org.dostap.engine.traveltime;

import java.util.List;
import java.util.Objects;

/**
 * How long a trip of one travel mode takes by road, estimated from its great-circle distance alone, with the error band.
 * Between the knots of the {@link DistanceBand}s (each band's median distance and median trip time) the time is
 * interpolated linearly, so a farther place never gets a shorter time; below the first knot and beyond the last the
 * band's own seconds per metre apply. The error band's ends are made the same way from their knot values (knot time x
 * p10 and x p90 of road time / estimate), after widening them where needed so that they never decrease with distance
 * (a knot's high end is at least the previous one's, a knot's low end at most the next one's). A single band with
 * p10 = p90 = 1 is the plain rule distance x detour / speed.
 * Immutable.
 */
public record ModeEstimate(TravelMode mode, List<DistanceBand> bands) implements TimeBand {
    public ModeEstimate {
        Objects.requireNonNull(mode, "mode");
        bands = List.copyOf(bands);
        if (bands.isEmpty()) throw new IllegalArgumentException("an estimate needs at least one band");
        for (int i = 1; i < bands.size(); i++) {
            if (!(bands.get(i).medianCrowMetres() > bands.get(i - 1).medianCrowMetres())
                    || !(bands.get(i).knotSeconds() > bands.get(i - 1).knotSeconds()))
                throw new IllegalArgumentException("band knots must increase in distance and time (band " + i + ")");
        }
    }

    /** distance x detour / speed for every distance, no error band. */
    public static ModeEstimate uniform(TravelMode mode, double detourFactor, double speedKmh) {
        return new ModeEstimate(mode, List.of(new DistanceBand(0, Double.POSITIVE_INFINITY, 0, 1000, detourFactor, speedKmh, 1, 1)));
    }

    /** Estimated seconds for a trip of {@code crowMetres} great-circle distance. */
    public double seconds(double crowMetres) {
        if (crowMetres <= 0) return 0;
        DistanceBand first = bands.get(0), last = bands.get(bands.size() - 1);
        if (crowMetres <= first.medianCrowMetres()) return crowMetres * first.secondsPerCrowMetre();
        if (crowMetres >= last.medianCrowMetres()) return crowMetres * last.secondsPerCrowMetre();
        int k = segment(crowMetres);
        DistanceBand a = bands.get(k), b = bands.get(k + 1);
        double f = (crowMetres - a.medianCrowMetres()) / (b.medianCrowMetres() - a.medianCrowMetres());
        return a.knotSeconds() + f * (b.knotSeconds() - a.knotSeconds());
    }

    /** The great-circle distance whose estimated time is {@code seconds} (the inverse of {@link #seconds}). */
    public double crowMetres(double seconds) {
        if (seconds <= 0) return 0;
        DistanceBand first = bands.get(0), last = bands.get(bands.size() - 1);
        if (seconds <= first.knotSeconds()) return seconds / first.secondsPerCrowMetre();
        if (seconds >= last.knotSeconds()) return seconds / last.secondsPerCrowMetre();
        int k = 0;
        while (bands.get(k + 1).knotSeconds() < seconds) k++;
        DistanceBand a = bands.get(k), b = bands.get(k + 1);
        double f = (seconds - a.knotSeconds()) / (b.knotSeconds() - a.knotSeconds());
        return a.medianCrowMetres() + f * (b.medianCrowMetres() - a.medianCrowMetres());
    }

    /** Estimated road metres: great-circle distance x the (interpolated) detour factor. */
    public double roadMetres(double crowMetres) {
        return crowMetres * interpolate(crowMetres, DistanceBand::detourFactor);
    }

    /** The low end of the error band for an estimated time (knot times x p10, see the class comment). */
    @Override
    public int lowSeconds(int seconds) { return bandEnd(seconds, DistanceBand::ratioP10, false); }

    /** The high end of the error band for an estimated time (knot times x p90, see the class comment). */
    @Override
    public int highSeconds(int seconds) { return bandEnd(seconds, DistanceBand::ratioP90, true); }

    /** True when every band has p10 = p90 = 1 (no error band). */
    @Override
    public boolean exact() {
        return bands.stream().allMatch(b -> b.ratioP10() == 1 && b.ratioP90() == 1);
    }

    private int bandEnd(int seconds, java.util.function.ToDoubleFunction<DistanceBand> ratio, boolean high) {
        if (seconds == TravelTimeMatrix.UNREACHABLE) return seconds;
        if (seconds <= 0) return 0;
        int n = bands.size();
        double[] ends = new double[n];
        for (int k = 0; k < n; k++) ends[k] = bands.get(k).knotSeconds() * ratio.applyAsDouble(bands.get(k));
        if (high) for (int k = 1; k < n; k++) ends[k] = Math.max(ends[k], ends[k - 1]);
        else for (int k = n - 2; k >= 0; k--) ends[k] = Math.min(ends[k], ends[k + 1]);
        double d = crowMetres(seconds);
        DistanceBand first = bands.get(0), last = bands.get(n - 1);
        double value;
        if (d <= first.medianCrowMetres()) value = d * ends[0] / first.medianCrowMetres();
        else if (d >= last.medianCrowMetres()) value = d * ends[n - 1] / last.medianCrowMetres();
        else {
            int k = segment(d);
            double f = (d - bands.get(k).medianCrowMetres()) / (bands.get(k + 1).medianCrowMetres() - bands.get(k).medianCrowMetres());
            value = ends[k] + f * (ends[k + 1] - ends[k]);
        }
        return (int) Math.round(value);
    }


    private double interpolate(double crowMetres, java.util.function.ToDoubleFunction<DistanceBand> value) {
        DistanceBand first = bands.get(0), last = bands.get(bands.size() - 1);
        if (crowMetres <= first.medianCrowMetres()) return value.applyAsDouble(first);
        if (crowMetres >= last.medianCrowMetres()) return value.applyAsDouble(last);
        int k = segment(crowMetres);
        DistanceBand a = bands.get(k), b = bands.get(k + 1);
        double f = (crowMetres - a.medianCrowMetres()) / (b.medianCrowMetres() - a.medianCrowMetres());
        return value.applyAsDouble(a) + f * (value.applyAsDouble(b) - value.applyAsDouble(a));
    }

    private int segment(double crowMetres) {
        int k = 0;
        while (bands.get(k + 1).medianCrowMetres() < crowMetres) k++;
        return k;
    }
}
