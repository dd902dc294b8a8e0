package org.dostap.engine.traveltime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits a {@link ModeEstimate} to measured trips. Trips shorter than {@link #MIN_CROW_METRES} are left out. They are
 * grouped by great-circle distance into the bands of {@link #BAND_EDGES_METRES}; a band with fewer than
 * {@link #MIN_PAIRS_PER_BAND} trips joins its shorter neighbour. Per band: the knot is the median distance, the time
 * at the knot is median distance x median(road seconds / great-circle metres), the detour factor is the median of
 * road metres / great-circle metres, and the speed follows from both. A band whose knot time is not above the previous
 * one joins it (a farther place never gets a shorter time). Last, the error band: the 10th and 90th percentiles
 * (linear interpolation between order statistics) of road time / estimated time of the band's trips. Deterministic.
 */
public final class EstimateFitter {
    /** Band edges in metres: 0-1, 1-2, 2-5, 5-10, 10-20, 20-50, 50-100, 100-200 km and beyond. */
    public static final double[] BAND_EDGES_METRES = {0, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 20_000_000};
    public static final int MIN_PAIRS_PER_BAND = 20;
    public static final double MIN_CROW_METRES = 100;

    private EstimateFitter() { }

    /** @throws IllegalArgumentException fewer than {@link #MIN_PAIRS_PER_BAND} usable trips of the mode */
    public static ModeEstimate fit(TravelMode mode, List<TripSample> samples) {
        List<TripSample> usable = samples.stream()
                .filter(s -> s.mode() == mode && s.crowMetres() >= MIN_CROW_METRES && s.roadSeconds() > 0).toList();
        if (usable.size() < MIN_PAIRS_PER_BAND)
            throw new IllegalArgumentException("too few trips to fit the " + mode.label() + " estimate: " + usable.size()
                    + " (at least " + MIN_PAIRS_PER_BAND + " trips of " + (int) MIN_CROW_METRES + " m or more are needed)");
        List<Group> groups = new ArrayList<>();
        for (int e = 0; e + 1 < BAND_EDGES_METRES.length; e++) {
            double from = BAND_EDGES_METRES[e], to = BAND_EDGES_METRES[e + 1];
            List<TripSample> in = usable.stream().filter(s -> s.crowMetres() >= from && s.crowMetres() < to).toList();
            if (!in.isEmpty()) groups.add(new Group(from, to, in));
        }
        groups = mergeSmall(groups);
        List<DistanceBand> bands = knots(groups);
        while (bands.size() > 1 && !increasing(bands)) {
            for (int k = 1; k < bands.size(); k++) {
                if (bands.get(k).knotSeconds() <= bands.get(k - 1).knotSeconds()) {
                    groups.set(k - 1, groups.get(k - 1).join(groups.get(k)));
                    groups.remove(k);
                    break;
                }
            }
            bands = knots(groups);
        }
        ModeEstimate centre = new ModeEstimate(mode, bands);
        List<DistanceBand> withSpread = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            double[] ratios = groups.get(k).trips.stream()
                    .mapToDouble(s -> s.roadSeconds() / centre.seconds(s.crowMetres())).sorted().toArray();
            DistanceBand b = bands.get(k);
            withSpread.add(new DistanceBand(b.fromMetres(), b.toMetres(), b.pairs(), b.medianCrowMetres(), b.detourFactor(),
                    b.speedKmh(), percentile(ratios, 0.10), percentile(ratios, 0.90)));
        }
        return new ModeEstimate(mode, withSpread);
    }

    /** Share of trips whose road time lies within the model's band (whole seconds, inclusive). */
    public static double hitRate(ModeEstimate model, List<TripSample> trips) {
        List<TripSample> usable = trips.stream()
                .filter(s -> s.mode() == model.mode() && s.crowMetres() >= MIN_CROW_METRES && s.roadSeconds() > 0).toList();
        if (usable.isEmpty()) return Double.NaN;
        long hits = usable.stream().filter(s -> {
            int t = (int) Math.round(model.seconds(s.crowMetres()));
            return s.roadSeconds() >= model.lowSeconds(t) && s.roadSeconds() <= model.highSeconds(t);
        }).count();
        return (double) hits / usable.size();
    }

    /** The percentile {@code q} of sorted values, linear between order statistics (position q x (n - 1)). */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 1) return sorted[0];
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return percentile(s, 0.5);
    }

    private static List<Group> mergeSmall(List<Group> groups) {
        List<Group> out = new ArrayList<>();
        Group pending = null;
        for (Group g : groups) {
            pending = pending == null ? g : pending.join(g);
            if (pending.trips.size() >= MIN_PAIRS_PER_BAND) {
                out.add(pending);
                pending = null;
            }
        }
        if (pending != null) {
            if (out.isEmpty()) out.add(pending);
            else out.set(out.size() - 1, out.get(out.size() - 1).join(pending));
        }
        return out;
    }

    private static List<DistanceBand> knots(List<Group> groups) {
        List<DistanceBand> bands = new ArrayList<>();
        double fallbackDetour = median(groups.stream().flatMap(g -> g.trips.stream())
                .filter(s -> Double.isFinite(s.roadMetres())).mapToDouble(s -> s.roadMetres() / s.crowMetres()).toArray(), 1);
        for (Group g : groups) {
            double crow = median(g.trips.stream().mapToDouble(TripSample::crowMetres).toArray());
            double pace = median(g.trips.stream().mapToDouble(s -> s.roadSeconds() / s.crowMetres()).toArray());
            double detour = median(g.trips.stream().filter(s -> Double.isFinite(s.roadMetres()))
                    .mapToDouble(s -> s.roadMetres() / s.crowMetres()).toArray(), fallbackDetour);
            bands.add(new DistanceBand(g.from, g.to, g.trips.size(), crow, detour, detour / pace * 3.6, 1, 1));
        }
        return bands;
    }

    private static double median(double[] values, double whenEmpty) {
        return values.length == 0 ? whenEmpty : median(values);
    }

    private static boolean increasing(List<DistanceBand> bands) {
        for (int k = 1; k < bands.size(); k++) if (bands.get(k).knotSeconds() <= bands.get(k - 1).knotSeconds()) return false;
        return true;
    }

    private record Group(double from, double to, List<TripSample> trips) {
        Group join(Group next) {
            List<TripSample> all = new ArrayList<>(trips);
            all.addAll(next.trips);
            return new Group(from, next.to, all);
        }
    }
}
