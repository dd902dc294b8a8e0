package org.dostap.web.cli;

import org.dostap.engine.optimize.LocationSolution;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields every optimize result carries. */
final class ResultJson {
    private ResultJson() { }

    static Map<String, Object> summary(LocationSolution s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("problem", s.problem());
        m.put("sense", s.maximize() ? "maximize" : "minimize");
        m.put("objective", s.objective());
        m.put("lower_bound", s.lowerBound());
        m.put("upper_bound", s.upperBound());
        m.put("gap", s.gap());
        m.put("proven_optimal", s.provenOptimal());
        m.put("seconds", Math.round(s.seconds() * 1000) / 1000.0);
        m.put("method", s.method());
        m.put("notes", s.notes());
        return m;
    }
}
