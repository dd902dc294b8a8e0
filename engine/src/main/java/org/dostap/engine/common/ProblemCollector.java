package org.dostap.engine.common;

import java.util.ArrayList;
import java.util.List;

/** Gathers every problem of an input before failing once with all of them. Not thread-safe. */
public final class ProblemCollector {
    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) { problems.add(problem); }

    public void add(String source, int row, String column, String message) {
        problems.add(new Problem(source, row, column, message));
    }

    public boolean isEmpty() { return problems.isEmpty(); }

    public List<Problem> problems() { return List.copyOf(problems); }

    /** Throws {@link PlanningException} with code INVALID_INPUT listing everything collected, if anything was. */
    public void throwIfAny() {
        if (!problems.isEmpty()) throw PlanningException.invalid(problems);
    }
}
