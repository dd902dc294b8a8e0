package org.dostap.web.analysis.optimize;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.dostap.data.instance.InstanceFormat;
import org.dostap.data.instance.InstanceReader;
import org.dostap.data.instance.PublishedInstance;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.optimize.LocationOptimizer;
import org.dostap.engine.optimize.LocationSolution;
import org.dostap.engine.optimize.ProblemKind;
import org.dostap.engine.optimize.SolveOptions;

import java.nio.file.Path;
import org.dostap.web.analysis.RunProvenance;

import java.util.List;

/** The {@code --instance} form of {@code optimize}: a published instance, sites numbered from 1 as in the file. */
public final class InstanceOptimization {
    /** The result: the instance, its format and size, p, the solver's summary and the sites numbered from 1. */
    public record Result(String instance, String format, int demandPoints, int p, @JsonUnwrapped SolutionSummary summary,
                         List<Integer> sites, RunProvenance provenance) { }

    public Result run(Path file, InstanceFormat format, ProblemKind kind, Integer sites, Double threshold, SolveOptions options) {
        return run(file, format, kind, sites, threshold, options, options::timeLimitSeconds);
    }

    /**
     * As above, the solver's limit asked of {@code solverSeconds} once the file is read (the command line's limit bounds
     * the whole command: what reading took comes off the solver's share); the provenance keeps the limit given.
     */
    public Result run(Path file, InstanceFormat format, ProblemKind kind, Integer sites, Double threshold, SolveOptions options,
                      java.util.function.DoubleSupplier solverSeconds) {
        PublishedInstance inst = new InstanceReader().read(file, format);
        if (kind == ProblemKind.INTER_MUNICIPAL)
            throw PlanningException.invalid("--problem inter-municipal needs a region with municipalities: use --region");
        if (kind.needsThreshold() && threshold == null)
            throw PlanningException.invalid("--problem " + kind.externalName() + " needs --threshold-min (read as a cost in the instance's units)");
        int p = sites == null ? inst.p() : sites;
        LocationSolution s = new LocationOptimizer().solve(kind, inst.instance(), p, threshold == null ? 0 : threshold,
                options.withTimeLimitSeconds(solverSeconds.getAsDouble()));
        return new Result(inst.name(), format.cliName(), inst.instance().demandCount(), p, SolutionSummary.of(s),
                s.sites().stream().map(j -> j + 1).toList(), RunProvenance.ofFiles(List.of(RunProvenance.InputFile.of("instance", file)),
                        parameters(format, kind, p, threshold, options)));
    }

    private static java.util.Map<String, Object> parameters(InstanceFormat format, ProblemKind kind, int p, Double threshold,
                                                           SolveOptions options) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("format", format.cliName());
        m.put("problem", kind.externalName());
        m.put("p", p);
        if (threshold != null) m.put("threshold", threshold);
        m.put("time_limit_s", options.timeLimitSeconds());
        return m;
    }
}
