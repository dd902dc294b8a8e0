package org.dostap.web.analysis.optimize;

import org.dostap.engine.optimize.LocationSolution;

import java.util.List;

/** The fields every optimization result carries: problem, sense, objective, proven bounds, gap, time, method. */
public record SolutionSummary(String problem, String sense, double objective, double lowerBound, double upperBound,
                              double gap, boolean provenOptimal, double seconds, String method, List<String> notes) {
    public static SolutionSummary of(LocationSolution s) {
        return new SolutionSummary(s.problem(), s.maximize() ? "maximize" : "minimize", s.objective(), s.lowerBound(),
                s.upperBound(), s.gap(), s.provenOptimal(), Math.round(s.seconds() * 1000) / 1000.0, s.method(), s.notes());
    }
}
