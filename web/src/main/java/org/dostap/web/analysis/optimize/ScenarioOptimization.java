package org.dostap.web.analysis.optimize;

import org.dostap.engine.optimize.SolveOptions;
import org.dostap.engine.region.RegionData;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;

import java.util.HashSet;
import java.util.Set;

/**
 * Location optimization on a scenario (the map's current view): {@link RegionOptimization} on the edited region, and
 * the comparison of who is covered now against who the chosen sites would reach ({@link OptimizationResult.CoverageGain}).
 */
public final class ScenarioOptimization {
    private final AccessAnalysis analysis;

    public ScenarioOptimization(AccessAnalysis analysis) { this.analysis = analysis; }

    /** {@code region} is the scenario's region (edits applied); {@code scenario} the coverage query it came from. */
    public record Request(RegionData region, CoverageQuery scenario, RegionOptimization.Settings settings, SolveOptions options) { }

    public OptimizationResult run(Request request) {
        OptimizationResult result = new RegionOptimization(analysis.travelTimes(request.scenario().edits()))
                .run(new RegionOptimization.Request(request.region(), request.settings(), request.options()));
        CoverageView now = analysis.coverage(request.scenario());
        Set<String> byChosen = new HashSet<>();
        for (OptimizationResult.Assignment a : result.assignment()) if (a.withinStandard()) byChosen.add(a.settlementId());
        long total = 0, before = 0, chosen = 0, both = 0;
        var settlements = now.region().settlements();
        for (int i = 0; i < settlements.size(); i++) {
            int pop = settlements.get(i).population(request.scenario().populationColumn());
            boolean covered = now.access(i).covered();
            boolean reached = byChosen.contains(settlements.get(i).id());
            total += pop;
            if (covered) before += pop;
            if (reached) chosen += pop;
            if (covered || reached) both += pop;
        }
        return result.withComparison(new OptimizationResult.CoverageGain(total, before, chosen, both, both - before));
    }
}
