package org.dostap.web.analysis.optimize;

import org.dostap.engine.optimize.LocationSolution;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields every optimize result carries. */
public final class ResultJson {
    private ResultJson() { }

    public static Map<String, Object> summary(LocationSolution s) {
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
