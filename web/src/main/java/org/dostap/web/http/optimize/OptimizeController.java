package org.dostap.web.http.optimize;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.optimize.SolveMonitor;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.cli.RegionOptimization;
import org.dostap.web.http.error.WriteAccess;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.http.work.WorkCost;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Location optimization on the current scenario, as background jobs: {@code POST .../optimize/jobs} checks the
 * request (every problem at once; 400; {@link OptimizeRequests}) and queues it (202 with the job id),
 * {@code GET .../optimize/jobs/{id}} answers status, the solver's live progress and, when done, the result with the
 * comparison against the scenario's coverage, {@code DELETE} cancels (the solver stops). The run itself is the CLI's
 * region form ({@link RegionOptimization}).
 */
public final class OptimizeController implements AutoCloseable {
    private final AccessAnalysis analysis;
    private final JsonBodies bodies;
    private final OptimizeRequests requests;
    private final OptimizationJobs jobs;

    private final WriteAccess access;

    public OptimizeController(AccessAnalysis analysis, JsonBodies bodies, HeavyWork work, WriteAccess access) {
        this.analysis = analysis;
        this.access = access;
        this.jobs = new OptimizationJobs(work);
        this.bodies = bodies;
        this.requests = new OptimizeRequests(analysis);
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/regions/{code}/optimize/jobs", access.guard(this::submit));
        routes.get("/api/regions/{code}/optimize/jobs/{id}", ctx -> ctx.json(jobs.status(ctx.pathParam("code"), ctx.pathParam("id"))));
        routes.delete("/api/regions/{code}/optimize/jobs/{id}", access.guard(ctx -> ctx.json(jobs.cancel(ctx.pathParam("code"), ctx.pathParam("id")))));
    }

    private void submit(Context ctx) {
        OptimizeRequests.Run run = requests.parse(ctx.pathParam("code"), bodies.read(ctx, OptimizeRequestJson.class, OptimizeRequestJson.EMPTY));
        int settlements = run.region().settlements().size();
        int candidates = "settlements".equals(run.settings().candidates()) ? settlements : run.region().municipalities().size();
        ctx.status(202).json(jobs.submit(run.region().code(), monitor -> solve(run, monitor), run.options().timeLimitSeconds(),
                run.objective(), WorkCost.optimize(settlements, candidates + run.region().facilities().size())));
    }

    /** The engine's result plus {@code comparison}: covered population of the scenario, of the chosen sites, of both. */
    private Map<String, Object> solve(OptimizeRequests.Run run, SolveMonitor monitor) {
        Map<String, Object> result = new RegionOptimization(analysis.travelTimes())
                .run(run.region(), run.settings(), run.options().withMonitor(monitor));
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
