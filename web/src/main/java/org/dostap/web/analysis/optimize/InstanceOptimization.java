package org.dostap.web.analysis.optimize;

import org.dostap.data.instance.InstanceFormat;
import org.dostap.data.instance.InstanceReader;
import org.dostap.data.instance.PublishedInstance;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.optimize.LocationOptimizer;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.ProblemKind;
import org.dostap.engine.optimize.SolveOptions;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --instance} form of {@code optimize}: a published instance, sites numbered from 1 as in the file. */
public final class InstanceOptimization {
    public Map<String, Object> run(Path file, InstanceFormat format, ProblemKind kind, Integer sites, Double threshold, SolveOptions options) {
        PublishedInstance inst = new InstanceReader().read(file, format);
        if (kind == ProblemKind.INTER_MUNICIPAL)
            throw PlanningException.invalid("--problem inter-municipal needs a region with municipalities: use --region");
        if (kind.needsThreshold() && threshold == null)
            throw PlanningException.invalid("--problem " + kind.externalName() + " needs --threshold-min (read as a cost in the instance's units)");
        int p = sites == null ? inst.p() : sites;
        LocationSolution s = new LocationOptimizer().solve(kind, inst.instance(), p, threshold == null ? 0 : threshold, options);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance", inst.name());
        m.put("format", format.cliName());
        m.put("demand_points", inst.instance().demandCount());
        m.put("p", p);
        m.putAll(ResultJson.summary(s));
        m.put("sites", s.sites().stream().map(j -> j + 1).toList());
        return m;
    }
}
