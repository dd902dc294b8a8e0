package org.dostap.engine.optimize;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a location problem: the chosen candidate sites (indices into the instance's candidates),
 * the assignment of every demand point (candidate index, -1 when unassigned), the objective and the
 * proven bounds on the optimum ({@code lowerBound <= optimum <= upperBound}; for a minimization the
 * objective is the upper bound, for a maximization the lower bound), the relative gap
 * {@code (upper - lower) / |objective|}, wall-clock seconds and the method that produced the bound.
 */
public record LocationSolution(String problem, boolean maximize, double objective, double lowerBound, double upperBound,
                               double seconds, String method, List<Integer> sites, List<Integer> assignment,
                               List<String> notes) {
    public LocationSolution {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(method, "method");
        sites = List.copyOf(sites);
        assignment = List.copyOf(assignment);
        notes = List.copyOf(notes);
        if (lowerBound > upperBound + 1e-6 * Math.max(1, Math.abs(upperBound)))
            throw new IllegalArgumentException("lower bound " + lowerBound + " exceeds upper bound " + upperBound);
        lowerBound = Math.min(lowerBound, upperBound);
    }

    /** Relative gap between the bounds, 0 when proven optimal. */
    public double gap() {
        double diff = upperBound - lowerBound;
        if (diff <= 1e-9 * Math.max(1, Math.abs(objective))) return 0;
        return diff / Math.max(Math.abs(objective), 1e-9);
    }

    public boolean provenOptimal() { return gap() == 0; }
}
