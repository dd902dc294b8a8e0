package org.dostap.data.input;

import org.dostap.engine.common.GeoPoint;
import org.dostap.engine.common.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sanity rules for the coordinates of a user's own data, anywhere on Earth (instead of a fixed extent): a point is
 * <em>far</em> when it lies more than {@link #FAR_FROM_CENTRE_KM} km from the median centre of all points (settlements
 * and facilities together), or when its nearest other point is more than {@link #FAR_NEIGHBOUR_FACTOR} times the
 * median nearest-neighbour spacing of the distinct places away (and at least {@link #MIN_FAR_NEIGHBOUR_KM} km). A far point is explained
 * when possible: if swapping lon and lat puts it among the others, lon and lat look swapped; if changing the sign of
 * one coordinate does, it sits in another hemisphere than the rest (a minus sign too many or missing); else it lies far
 * from all others. With fewer than {@link #MIN_POINTS} points nothing is judged. Distances between nearby points use
 * an equirectangular projection around the median centre (error well under 1 % within a few hundred km).
 */
public final class CoordinateSanity {
    public static final double FAR_FROM_CENTRE_KM = 500;
    public static final double FAR_NEIGHBOUR_FACTOR = 20;
    public static final double MIN_FAR_NEIGHBOUR_KM = 50;
    public static final int MIN_POINTS = 3;

    /** A point read from a file: where it came from (for the message) and its coordinate. */
    public record Located(String source, int row, GeoPoint point) { }

    private final GeoPoint centre;
    private final double spacingKm;
    private final List<GeoPoint> all;

    /** Above this many points the spacing is the median over an even sample and "far" is judged on a grid. */
    static final int EXACT_UP_TO = 5_000;
    private static final int SPACING_SAMPLE = 1_000;
    private final Grid grid;

    private CoordinateSanity(List<GeoPoint> all) {
        this.all = all;
        double[] lons = all.stream().mapToDouble(GeoPoint::lon).sorted().toArray();
        double[] lats = all.stream().mapToDouble(GeoPoint::lat).sorted().toArray();
        this.centre = new GeoPoint(median(lons), median(lats));
        // the spacing of distinct places: a facility in a settlement would otherwise make it zero
        List<Double> nn = new ArrayList<>();
        int step = all.size() <= EXACT_UP_TO ? 1 : all.size() / SPACING_SAMPLE;
        for (int i = 0; i < all.size(); i += step) {
            double d = nearestDistinctKm(all.get(i));
            if (Double.isFinite(d)) nn.add(d);
        }
        this.spacingKm = nn.isEmpty() ? 0 : median(nn.stream().mapToDouble(Double::doubleValue).sorted().toArray());
        this.grid = all.size() <= EXACT_UP_TO ? null : new Grid(all, Math.max(FAR_NEIGHBOUR_FACTOR * spacingKm, MIN_FAR_NEIGHBOUR_KM),
                Math.cos(Math.toRadians(centre.lat())));
    }

    /**
     * The points in square cells of the "far" distance (in the equirectangular km of {@link #nearestKm}): a point has
     * a neighbour within that distance only in its own or the 8 cells around it. Linear time for a million points.
     */
    private static final class Grid {
        private final double cellKm, cos;
        private final java.util.Map<Long, int[]> cells = new java.util.HashMap<>();
        private final List<GeoPoint> all;

        Grid(List<GeoPoint> all, double cellKm, double cos) {
            this.all = all;
            this.cellKm = cellKm;
            this.cos = cos;
            java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
            for (GeoPoint p : all) counts.merge(key(cx(p), cy(p)), 1, Integer::sum);
            java.util.Map<Long, Integer> filled = new java.util.HashMap<>();
            counts.forEach((k, n) -> cells.put(k, new int[n]));
            for (int i = 0; i < all.size(); i++) {
                long k = key(cx(all.get(i)), cy(all.get(i)));
                cells.get(k)[filled.merge(k, 1, Integer::sum) - 1] = i;
            }
        }

        private long cx(GeoPoint p) { return (long) Math.floor(p.lon() * cos * 111.32 / cellKm); }

        private long cy(GeoPoint p) { return (long) Math.floor(p.lat() * 111.32 / cellKm); }

        private static long key(long x, long y) { return (x << 32) ^ (y & 0xffffffffL); }

        /** Whether a point other than index {@code self} lies within {@code km} (equirectangular, at most 200 km). */
        boolean hasNeighbourWithin(GeoPoint p, int self, double km) {
            long x = cx(p), y = cy(p);
            double limit = (km / 111.32) * (km / 111.32);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    int[] members = cells.get(key(x + dx, y + dy));
                    if (members == null) continue;
                    for (int i : members) {
                        if (i == self) continue;
                        GeoPoint q = all.get(i);
                        double ex = (q.lon() - p.lon()) * cos, ey = q.lat() - p.lat();
                        if (ex * ex + ey * ey <= limit) return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Problems (column {@code lon,lat}) for the {@code subjects} judged among themselves and {@code others} (e.g. the
     * settlements when checking a facilities file). Empty when all is well.
     */
    public static List<Problem> check(List<Located> subjects, List<GeoPoint> others) {
        List<GeoPoint> all = new ArrayList<>(others);
        subjects.forEach(s -> all.add(s.point()));
        if (all.size() < MIN_POINTS || subjects.isEmpty()) return List.of();
        CoordinateSanity rules = new CoordinateSanity(all);
        List<Problem> problems = new ArrayList<>();
        for (int k = 0; k < subjects.size(); k++) {
            Located s = subjects.get(k);
            int self = others.size() + k;
            String why = rules.explain(s.point(), self);
            if (why != null) problems.add(new Problem(s.source(), s.row(), "lon,lat", why));
        }
        return problems;
    }

    private String explain(GeoPoint p, int self) {
        if (!far(p, self)) return null;
        double nearest = nearestKm(p, self), fromCentre = km(p, centre);
        String where = String.format(Locale.ROOT, "(%s, %s) lies %.0f km from the nearest other point (median spacing %.1f km)"
                + " and %.0f km from the median centre (%s, %s) of the %d points", fmt(p.lon()), fmt(p.lat()), nearest,
                spacingKm, fromCentre, fmt(round(centre.lon())), fmt(round(centre.lat())), all.size());
        if (Math.abs(p.lon()) <= 90) {
            GeoPoint swapped = new GeoPoint(p.lat(), p.lon());
            if (!far(swapped, self))
                return "lon and lat look swapped: " + where + "; (" + fmt(p.lat()) + ", " + fmt(p.lon())
                        + ") lies among the others; lon is the east-west coordinate";
        }
        GeoPoint flipLon = new GeoPoint(-p.lon(), p.lat()), flipLat = new GeoPoint(p.lon(), -p.lat());
        if (p.lon() != 0 && !far(flipLon, self))
            return "mixed hemispheres: " + where + "; it is in the " + (p.lon() < 0 ? "western" : "eastern")
                    + " hemisphere and the others in the " + (p.lon() < 0 ? "eastern" : "western") + ": a minus sign "
                    + (p.lon() < 0 ? "too many" : "missing") + " in lon? (" + fmt(-p.lon()) + ", " + fmt(p.lat()) + ") lies among them";
        if (p.lat() != 0 && !far(flipLat, self))
            return "mixed hemispheres: " + where + "; it is in the " + (p.lat() < 0 ? "southern" : "northern")
                    + " hemisphere and the others in the " + (p.lat() < 0 ? "northern" : "southern") + ": a minus sign "
                    + (p.lat() < 0 ? "too many" : "missing") + " in lat? (" + fmt(p.lon()) + ", " + fmt(-p.lat()) + ") lies among them";
        return "coordinate far from all others: " + where + "; check it (limits: " + (int) FAR_FROM_CENTRE_KM
                + " km from the centre, or " + (int) FAR_NEIGHBOUR_FACTOR + " x the median spacing and at least "
                + (int) MIN_FAR_NEIGHBOUR_KM + " km to the nearest point)";
    }

    private boolean far(GeoPoint p, int self) {
        if (km(p, centre) > FAR_FROM_CENTRE_KM) return true;
        double limit = Math.max(FAR_NEIGHBOUR_FACTOR * spacingKm, MIN_FAR_NEIGHBOUR_KM);
        // on the grid: a neighbour found within the limit settles it (the same approximation nearestKm uses up to 200 km)
        if (grid != null && limit <= 200 && grid.hasNeighbourWithin(p, self, limit)) return false;
        return nearestKm(p, self) > limit;
    }

    /** Distance to the nearest point of {@code all} other than index {@code self}. */
    private double nearestKm(GeoPoint p, int self) {
        double cos = Math.cos(Math.toRadians(centre == null ? p.lat() : centre.lat()));
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < all.size(); i++) {
            if (i == self) continue;
            GeoPoint q = all.get(i);
            double dx = (q.lon() - p.lon()) * cos, dy = q.lat() - p.lat();
            best = Math.min(best, dx * dx + dy * dy);
        }
        double approx = Math.sqrt(best) * 111.32;
        return approx > 200 ? exactNearestKm(p, self) : approx;
    }

    private double nearestDistinctKm(GeoPoint p) {
        double cos = Math.cos(Math.toRadians(centre.lat()));
        double best = Double.POSITIVE_INFINITY;
        for (GeoPoint q : all) {
            double dx = (q.lon() - p.lon()) * cos, dy = q.lat() - p.lat();
            double d = Math.sqrt(dx * dx + dy * dy) * 111.32;
            if (d > 0.001) best = Math.min(best, d);
        }
        return best;
    }

    private double exactNearestKm(GeoPoint p, int self) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < all.size(); i++) if (i != self) best = Math.min(best, km(p, all.get(i)));
        return best;
    }

    private static double km(GeoPoint a, GeoPoint b) { return a.distanceMetresTo(b) / 1000; }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    private static String fmt(double v) { return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(); }
}
