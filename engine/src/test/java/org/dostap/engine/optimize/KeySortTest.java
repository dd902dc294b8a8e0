package org.dostap.engine.optimize;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Primitive sorting by packed keys: the same order as a boxed sort, exact even when keys differ only in their last bits. */
class KeySortTest {

    @Test
    void sortsLikeABoxedSortWithNegativeInfiniteTiedAndNearlyEqualKeys() {
        Random r = new Random(5);
        KeySort sorter = new KeySort();
        for (int round = 0; round < 300; round++) {
            int k = 1 + r.nextInt(round < 100 ? 40 : 3000);
            double[] keys = new double[k];
            int[] items = new int[k];
            for (int a = 0; a < k; a++) {
                items[a] = 1000 + a;
                keys[a] = switch (r.nextInt(6)) {
                    case 0 -> r.nextInt(5) - 2;                                 // ties, zero
                    case 1 -> 1 + Math.ulp(1.0) * r.nextInt(4000);             // equal but for the last bits
                    case 2 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    case 3 -> -0.0;
                    default -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6);
                };
            }
            boolean descending = r.nextBoolean();
            double[] original = keys.clone();
            Integer[] expected = new Integer[k];
            for (int a = 0; a < k; a++) expected[a] = a;
            Comparator<Integer> byKey = Comparator.comparingDouble(a -> original[a]);
            Arrays.sort(expected, descending ? byKey.reversed() : byKey);
            sorter.sort(items, keys, k, descending);
            for (int a = 0; a < k; a++) {
                assertThat(keys[a]).isEqualTo(original[items[a] - 1000]);          // keys stay with their items
                assertThat(keys[a]).isEqualTo(original[expected[a]]);              // in the boxed sort's order (ties alike)
            }
            assertThat(Arrays.stream(items).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(1000, 1000 + k).toArray());
        }
    }
}
