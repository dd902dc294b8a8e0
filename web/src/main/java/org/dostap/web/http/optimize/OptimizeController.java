package org.dostap.web.http.optimize;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.optimize.ScenarioOptimization;
import org.dostap.web.http.access.WriteAccess;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.http.work.WorkCost;

/**
 * Location optimization on the current scenario, as background jobs: {@code POST .../optimize/jobs} checks the
 * request (every problem at once; 400; {@link OptimizeRequests}) and queues it (202 with the job id),
 * {@code GET .../optimize/jobs/{id}} answers status, the solver's live progress and, when done, the result with the
 * comparison against the scenario's coverage, {@code DELETE} cancels (the solver stops). The run itself is the
 * {@link ScenarioOptimization} use case.
 */
public final class OptimizeController implements AutoCloseable {
    private final JsonBodies bodies;
    private final OptimizeRequests requests;
    private final ScenarioOptimization optimization;
    private final OptimizationJobs jobs;
    private final WriteAccess access;

    public OptimizeController(AccessAnalysis analysis, JsonBodies bodies, HeavyWork work, WriteAccess access) {
        this.optimization = new ScenarioOptimization(analysis);
        this.jobs = new OptimizationJobs(work);
        this.access = access;
        this.bodies = bodies;
        this.requests = new OptimizeRequests(analysis);
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/regions/{code}/optimize/jobs", access.guard(this::submit));
        routes.get("/api/regions/{code}/optimize/jobs/{id}", ctx -> ctx.json(jobs.status(ctx.pathParam("code"), ctx.pathParam("id"))));
        routes.delete("/api/regions/{code}/optimize/jobs/{id}",
                access.guard(ctx -> ctx.json(jobs.cancel(ctx.pathParam("code"), ctx.pathParam("id")))));
    }

    private void submit(Context ctx) {
        OptimizeRequests.Run run = requests.parse(ctx.pathParam("code"), bodies.read(ctx, OptimizeRequestJson.class, OptimizeRequestJson.EMPTY));
        int settlements = run.region().settlements().size();
        int candidates = "settlements".equals(run.settings().candidates()) ? settlements : run.region().municipalities().size();
        ctx.status(202).json(jobs.submit(run.region().code(), monitor -> optimization.run(new ScenarioOptimization.Request(run.region(),
                run.scenario(), run.settings(), run.options().withMonitor(monitor))), run.options().timeLimitSeconds(), run.objective(),
                WorkCost.optimize(settlements, candidates + run.region().facilities().size())));
    }

    @Override
    public void close() { jobs.close(); }
}
