package org.dostap.engine.optimize;

import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** Small shared helpers for building solutions and messages. */
final class Solutions {
    private Solutions() { }

    static List<Integer> sites(boolean[] open) {
        return IntStream.range(0, open.length).filter(j -> open[j]).boxed().toList();
    }

    static List<Integer> list(int[] values) { return Arrays.stream(values).boxed().toList(); }

    static double seconds(long startNanos) { return (System.nanoTime() - startNanos) / 1e9; }

    /** Rounds a lower bound up when the objective can only take whole values. */
    static double roundBound(double bound, boolean integral) {
        return integral ? Math.ceil(bound - 1e-6) : bound;
    }

    /** Fails INFEASIBLE naming every demand point with a positive weight that no allowed site can serve. */
    static void requireEveryWeightedPointServable(LocationInstance instance, String why) {
        List<Integer> unservable = instance.unservable(Double.MAX_VALUE);
        unservable.removeIf(i -> instance.weight(i) == 0);
        if (!unservable.isEmpty()) throw unservable(instance, unservable, why);
    }

    /** INFEASIBLE listing the demand points (at most 20 named) that no candidate serves within the limit. */
    static PlanningException unservable(LocationInstance instance, List<Integer> points, String why) {
        List<Problem> problems = new ArrayList<>();
        for (int i : points.subList(0, Math.min(20, points.size())))
            problems.add(Problem.atField(instance.demandId(i), why));
        if (points.size() > 20)
            problems.add(Problem.of("... and " + (points.size() - 20) + " more demand points with the same problem"));
        return new PlanningException(ErrorCode.INFEASIBLE, problems);
    }

    static String minutes(double seconds) {
        return seconds % 60 == 0 ? (long) (seconds / 60) + " min" : String.format(java.util.Locale.ROOT, "%.1f min", seconds / 60);
    }
}
