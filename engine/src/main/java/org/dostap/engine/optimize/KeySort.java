package org.dostap.engine.optimize;

import java.util.Arrays;

/**
 * Sorting int items by double keys without boxing: each key's order-preserving bits, less the few low bits that hold
 * the item's position, are packed with that position into a long and {@link Arrays#sort(long[], int, int)} sorts them;
 * an insertion pass on the exact keys then repairs the order of keys that differ only in the dropped bits (relative
 * differences below 2<sup>-40</sup> or so at a few thousand items), so the result is exactly sorted. Ties keep no
 * particular order. NaN keys are not allowed.
 */
final class KeySort {
    private long[] packed = new long[0];
    private int[] itemBuf = new int[0];
    private double[] keyBuf = new double[0];

    /** Sorts {@code items[0..k)} and their {@code keys[0..k)} (aligned) by key, largest first when {@code descending}. */
    void sort(int[] items, double[] keys, int k, boolean descending) {
        if (k < 2) return;
        if (packed.length < k) { packed = new long[Math.max(k, 2 * packed.length)]; itemBuf = new int[packed.length]; keyBuf = new double[packed.length]; }
        int shift = 32 - Integer.numberOfLeadingZeros(k - 1); // bits for a position < k
        long low = (1L << shift) - 1;
        for (int a = 0; a < k; a++) {
            long key = ordered(keys[a]);
            if (descending) key = ~key;                      // reverses the signed order
            packed[a] = ((key >> shift) << shift) | a;        // arithmetic shift keeps the sign, so the order of keys holds
        }
        Arrays.sort(packed, 0, k);
        for (int a = 0; a < k; a++) { int from = (int) (packed[a] & low); itemBuf[a] = items[from]; keyBuf[a] = keys[from]; }
        System.arraycopy(itemBuf, 0, items, 0, k);
        System.arraycopy(keyBuf, 0, keys, 0, k);
        // repair: keys equal in their kept bits may be out of order (rarely more than a few)
        for (int a = 1; a < k; a++) {
            double kt = keys[a];
            int it = items[a];
            int b = a - 1;
            while (b >= 0 && (descending ? keys[b] < kt : keys[b] > kt)) { keys[b + 1] = keys[b]; items[b + 1] = items[b]; b--; }
            keys[b + 1] = kt;
            items[b + 1] = it;
        }
    }

    /** A long whose signed order is the double's order (-0.0 just below 0.0). */
    static long ordered(double v) {
        long bits = Double.doubleToRawLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }
}
