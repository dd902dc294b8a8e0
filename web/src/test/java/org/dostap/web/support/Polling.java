package org.dostap.web.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asking again and again (every 100 ms) until an answer is the one awaited. */
public final class Polling {
    private static final long POLL_MILLIS = 100;

    private Polling() {}

    /**
     * Asks {@code probe} until its answer matches {@code until} and returns that answer; fails naming {@code what}, the
     * timeout and the last answer when none matched within {@code timeout}.
     */
    public static <T> T until(Supplier<T> probe, Predicate<T> until, Duration timeout, String what) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            T answer = probe.get();
            if (until.test(answer)) return answer;
            if (System.nanoTime() > end)
                throw new AssertionError(what + " not as awaited after " + timeout.toSeconds() + " s; last: " + answer);
            Thread.sleep(POLL_MILLIS);
        }
    }
}
