package org.dostap.web.http.optimize;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.optimize.ScenarioOptimization;
import org.dostap.web.http.json.JsonBodies;

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
    private final OptimizationJobs jobs = new OptimizationJobs();

    public OptimizeController(AccessAnalysis analysis, JsonBodies bodies) {
        this.optimization = new ScenarioOptimization(analysis);
        this.bodies = bodies;
        this.requests = new OptimizeRequests(analysis);
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/regions/{code}/optimize/jobs", this::submit);
        routes.get("/api/regions/{code}/optimize/jobs/{id}", ctx -> ctx.json(jobs.status(ctx.pathParam("id"))));
        routes.delete("/api/regions/{code}/optimize/jobs/{id}", ctx -> ctx.json(jobs.cancel(ctx.pathParam("id"))));
    }

    private void submit(Context ctx) {
        OptimizeRequests.Run run = requests.parse(ctx.pathParam("code"), bodies.read(ctx, OptimizeRequestJson.class, OptimizeRequestJson.EMPTY));
        ctx.status(202).json(jobs.submit(monitor -> optimization.run(new ScenarioOptimization.Request(run.region(), run.scenario(),
                run.settings(), run.options().withMonitor(monitor))), run.options().timeLimitSeconds(), run.objective()));
    }

    @Override
    public void close() { jobs.close(); }
}
