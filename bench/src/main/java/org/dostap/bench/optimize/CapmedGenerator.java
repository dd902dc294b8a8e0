package org.dostap.bench.optimize;

import java.util.Locale;
import java.util.Random;

/**
 * Capacitated p-median instances of the published shapes, written in their file formats (so that the command line
 * reads them exactly as a published one), from a fixed seed:
 * <ul>
 * <li>{@link #capmed}: Osman &amp; Christofides style: integer points uniform in [1,100]², demands uniform 1..20, one
 * capacity Q = ceil(tightness × total demand / p) for every site, floor(Euclidean) costs.</li>
 * <li>{@link #sjc}: Lorena &amp; Senne style: points in a 2 x 2.7 km box (metres), 60 % around 8 to 15 Gaussian
 * centres (a town's districts) and the rest uniform, log-normal demands (median ~25, long tail, at most Q / 2),
 * Q = ceil(tightness × total demand / p), real Euclidean costs.</li>
 * </ul>
 */
final class CapmedGenerator {
    /** The generator's version: change it whenever the file for a given seed changes (it keys the cached references). */
    static final String VERSION = "1";

    private CapmedGenerator() { }

    static String capmed(long seed, int n, int p, double tightness) {
        Random r = new Random(seed);
        int[] x = new int[n], y = new int[n], d = new int[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            x[i] = 1 + r.nextInt(100);
            y[i] = 1 + r.nextInt(100);
            d[i] = 1 + r.nextInt(20);
            total += d[i];
        }
        long q = (long) Math.ceil(tightness * total / p);
        StringBuilder b = new StringBuilder();
        b.append(" 0 0\n ").append(n).append(' ').append(p).append(' ').append(q).append('\n');
        for (int i = 0; i < n; i++) b.append(' ').append(i + 1).append(' ').append(x[i]).append(' ').append(y[i]).append(' ').append(d[i]).append('\n');
        return b.toString();
    }

    static String sjc(long seed, int n, int p, double tightness) {
        Random r = new Random(seed);
        int clusters = 8 + r.nextInt(8);
        double[][] centre = new double[clusters][];
        for (int c = 0; c < clusters; c++) centre[c] = new double[]{408500 + r.nextDouble() * 2000, 434300 + r.nextDouble() * 2700};
        long[] x = new long[n], y = new long[n];
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            if (r.nextDouble() < 0.6) {
                double[] c = centre[r.nextInt(clusters)];
                x[i] = Math.round(c[0] + r.nextGaussian() * 150);
                y[i] = Math.round(c[1] + r.nextGaussian() * 150);
            } else {
                x[i] = Math.round(408500 + r.nextDouble() * 2000);
                y[i] = Math.round(434300 + r.nextDouble() * 2700);
            }
            raw[i] = Math.exp(Math.log(25) + 0.9 * r.nextGaussian());
        }
        // demands whole, at least 1; the capacity follows the total, and no demand exceeds half of it
        long[] d = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) { d[i] = Math.max(1, Math.round(raw[i])); total += d[i]; }
        long q = (long) Math.ceil(tightness * total / p);
        total = 0;
        for (int i = 0; i < n; i++) { d[i] = Math.min(d[i], q / 2); total += d[i]; }
        q = (long) Math.ceil(tightness * total / p);
        StringBuilder b = new StringBuilder();
        b.append(n).append(' ').append(p).append('\n');
        for (int i = 0; i < n; i++)
            b.append(String.format(Locale.ROOT, "%8d %8d %8d %8d%n", x[i], y[i], q, d[i]));
        return b.toString();
    }
}
