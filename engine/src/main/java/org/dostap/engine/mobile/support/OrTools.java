package org.dostap.engine.mobile.support;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingSearchParameters;

import java.time.Duration;

/** Loading OR-Tools' native library and the routing search parameters the mobile planners share. */
public final class OrTools {
    private OrTools() { }

    /** Loads the native library; safe to call repeatedly (Loader keeps its own flag). */
    public static void load() {
        Loader.loadNativeLibraries();
    }

    /** Cheapest insertion, then guided local search until {@code limit}. */
    public static RoutingSearchParameters guidedLocalSearch(Duration limit, FirstSolutionStrategy.Value first) {
        return com.google.ortools.constraintsolver.main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(first)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(protoDuration(limit))
                .build();
    }

    public static com.google.protobuf.Duration protoDuration(Duration d) {
        long millis = Math.max(1, d.toMillis());
        return com.google.protobuf.Duration.newBuilder().setSeconds(millis / 1000)
                .setNanos((int) (millis % 1000) * 1_000_000).build();
    }
}
