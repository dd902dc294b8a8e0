package org.dostap.web.http.optimize;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.optimize.ProblemKind;
import org.dostap.engine.optimize.SolveOptions;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.FacilityStatus;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.ServiceType;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.cli.RegionOptimization;
import org.dostap.web.http.json.EditJson;
import org.dostap.web.http.json.JsonBodies;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Location optimization on the current scenario, as background jobs: {@code POST .../optimize/jobs} checks the
 * request (every problem at once; 400) and queues it (202 with the job id), {@code GET .../optimize/jobs/{id}}
 * answers status, progress and, when done, the result with the comparison against the scenario's coverage,
 * {@code DELETE} cancels. The run itself is the CLI's region form ({@link RegionOptimization}).
 */
public final class OptimizeController implements AutoCloseable {
    static final List<ProblemKind> PROBLEMS = List.of(ProblemKind.P_MEDIAN, ProblemKind.MCLP, ProblemKind.LSCP, ProblemKind.P_CENTER);
    static final List<String> CANDIDATES = List.of("municipal-seats", "settlements");
    static final double MAX_TIME_LIMIT_SEC = 120;
    private final AccessAnalysis analysis;
    private final JsonBodies bodies;
    private final OptimizationJobs jobs = new OptimizationJobs();

    public OptimizeController(AccessAnalysis analysis, JsonBodies bodies) {
        this.analysis = analysis;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/regions/{code}/optimize/jobs", this::submit);
        routes.get("/api/regions/{code}/optimize/jobs/{id}", ctx -> ctx.json(jobs.status(ctx.pathParam("id"))));
        routes.delete("/api/regions/{code}/optimize/jobs/{id}", ctx -> ctx.json(jobs.cancel(ctx.pathParam("id"))));
    }

    /** A checked request: what to run and the coverage query of the scenario it starts from. */
    private record Run(RegionData region, RegionOptimization.Settings settings, SolveOptions options, CoverageQuery scenario) { }

    private void submit(Context ctx) {
        Run run = parse(ctx.pathParam("code"), bodies.read(ctx, OptimizeRequestJson.class, OptimizeRequestJson.EMPTY));
        ctx.status(202).json(jobs.submit(() -> solve(run), run.options().timeLimitSeconds()));
    }

    private Run parse(String code, OptimizeRequestJson r) {
        RegionData baseline = analysis.region(code);
        ProblemCollector p = new ProblemCollector();
        List<ScenarioEdit> edits = EditJson.toEdits(r.edits(), p);
        RegionData region = baseline;
        if (p.isEmpty() && !edits.isEmpty()) {
            try {
                region = analysis.edited(baseline.code(), edits);
            } catch (PlanningException e) {
                e.problems().forEach(p::add);
            }
        }
        ServiceType service = region.services().find(r.service() == null ? "community-support" : r.service()).orElse(null);
        if (service == null) p.add("", 0, "service", "unknown service type '" + r.service() + "'; one of: "
                + String.join(", ", region.services().list().stream().map(ServiceType::id).toList()));
        ProblemKind kind = PROBLEMS.stream().filter(k -> k.externalName().equals(r.problem())).findFirst().orElse(null);
        if (kind == null) p.add("", 0, "problem", (r.problem() == null ? "the problem is missing" : "unknown problem '" + r.problem() + "'")
                + "; one of: " + String.join(", ", PROBLEMS.stream().map(ProblemKind::externalName).toList()));
        boolean keep = Boolean.TRUE.equals(r.keepExisting());
        if (kind != null && kind.needsSites() && r.sites() == null) p.add("", 0, "sites", "problem " + r.problem() + " needs the number of new sites");
        if (r.sites() != null && (r.sites() < (keep ? 0 : 1) || r.sites() > 500))
            p.add("", 0, "sites", "new sites must be " + (keep ? 0 : 1) + " to 500, got " + r.sites());
        if (r.thresholdMin() != null && !(r.thresholdMin() >= 1 && r.thresholdMin() <= 180))
            p.add("", 0, "thresholdMin", "threshold must be 1 to 180 minutes, got " + r.thresholdMin());
        String candidates = r.candidates() == null ? "municipal-seats" : r.candidates();
        if (!CANDIDATES.contains(candidates)) p.add("", 0, "candidates", "candidates must be one of " + CANDIDATES + ", got '" + candidates + "'");
        double limit = r.timeLimitSec() == null ? 20 : r.timeLimitSec();
        if (!(limit >= 1 && limit <= MAX_TIME_LIMIT_SEC)) p.add("", 0, "timeLimitSec", "time limit must be 1 to " + (int) MAX_TIME_LIMIT_SEC + " s, got " + limit);
        String column = r.population() == null || r.population().isBlank() ? region.defaultPopulationColumn() : r.population();
        if (!region.populationColumns().contains(column)) p.add("", 0, "population", "unknown population column '" + column
                + "'; available: " + String.join(", ", region.populationColumns()));
        if (kind != null && r.sites() != null && !keep && CANDIDATES.contains(candidates)) {
            int n = candidates.equals("settlements") ? region.settlements().size() : region.municipalities().size();
            if (r.sites() > n) p.add("", 0, "sites", r.sites() + " new sites but only " + n + " candidates (" + candidates + ")");
        }
        p.throwIfAny();
        double thresholdMin = r.thresholdMin() == null ? service.standardSeconds() / 60.0 : r.thresholdMin();
        var settings = new RegionOptimization.Settings(service.id(), kind, r.sites() == null ? 0 : r.sites(), thresholdMin, keep,
                candidates, null, column, List.of(), 0, false, 0);
        CoverageQuery scenario = new CoverageQuery(region.code(), service.id(), (int) Math.round(thresholdMin * 60), column, edits);
        return new Run(keep ? scenarioCentresKept(region, service.id()) : region, settings,
                SolveOptions.defaults().withTimeLimitSeconds(limit), scenario);
    }

    /** "Keep existing" on a scenario keeps the centres it added too (planned) — they are open in the scenario. */
    private static RegionData scenarioCentresKept(RegionData region, String service) {
        return region.withFacilities(region.facilities().stream().map(f -> f.serviceType().equals(service) && f.status() == FacilityStatus.PLANNED
                ? new Facility(f.id(), f.name(), f.serviceType(), f.location(), f.capacity(), f.municipality(), FacilityStatus.EXISTING, f.illustrative())
                : f).toList());
    }

    /** The engine's result plus {@code comparison}: covered population of the scenario, of the chosen sites, of both. */
    private Map<String, Object> solve(Run run) {
        Map<String, Object> result = new RegionOptimization(analysis.travelTimes()).run(run.region(), run.settings(), run.options());
        CoverageView now = analysis.coverage(run.scenario());
        Set<String> byChosen = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> assignment = (List<Map<String, Object>>) result.get("assignment");
        for (Map<String, Object> a : assignment) if (Boolean.TRUE.equals(a.get("within_standard"))) byChosen.add((String) a.get("settlement_id"));
        long total = 0, before = 0, chosen = 0, both = 0;
        var settlements = now.region().settlements();
        for (int i = 0; i < settlements.size(); i++) {
            int pop = settlements.get(i).population(run.scenario().populationColumn());
            boolean covered = now.access(i).covered();
            boolean reached = byChosen.contains(settlements.get(i).id());
            total += pop;
            if (covered) before += pop;
            if (reached) chosen += pop;
            if (covered || reached) both += pop;
        }
        result.put("comparison", Map.of("population", total, "covered_before", before, "covered_by_chosen_sites", chosen,
                "covered_after", both, "gain", both - before));
        return result;
    }

    @Override
    public void close() { jobs.close(); }
}
