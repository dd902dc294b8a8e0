package org.dostap.web.http.optimize;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.common.PlanningException;
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
    private final AccessAnalysis analysis;
    private final JsonBodies bodies;
    private final OptimizeRequests requests;
    private final ScenarioOptimization optimization;
    private final OptimizationJobs jobs;
    private final WriteAccess access;
    private final HeavyWork work;

    public OptimizeController(AccessAnalysis analysis, JsonBodies bodies, HeavyWork work, WriteAccess access) {
        this.analysis = analysis;
        this.work = work;
        this.jobs = new OptimizationJobs(work);
        this.access = access;
        this.optimization = new ScenarioOptimization(analysis);
        this.bodies = bodies;
        this.requests = new OptimizeRequests(analysis);
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/regions/{code}/optimize/jobs", access.guard(this::submit));
        routes.get("/api/regions/{code}/optimize/jobs/{id}", ctx -> ctx.json(localized(jobs.status(ctx.pathParam("code"), ctx.pathParam("id")), ctx)));
        routes.delete("/api/regions/{code}/optimize/jobs/{id}",
                access.guard(ctx -> ctx.json(jobs.cancel(ctx.pathParam("code"), ctx.pathParam("id")))));
        routes.get("/api/regions/{code}/optimize/jobs/{id}/result.xlsx", this::resultXlsx);
    }

    /** The jobs of this server (the report reads a finished job's result by its id). */
    public OptimizationJobs jobs() { return jobs; }

    /** A failed job's error in the caller's language ({@link org.dostap.web.http.error.Messages}). */
    private static OptimizationJobs.Status localized(OptimizationJobs.Status s, Context ctx) {
        if (s.error() == null) return s;
        return new OptimizationJobs.Status(s.id(), s.status(), s.elapsedSeconds(), s.timeLimitSeconds(), s.timeFraction(), s.objective(),
                s.solver(), s.stopSeconds(), s.result(), org.dostap.web.http.error.Messages.localize(s.error(), ctx));
    }

    /** The result of a finished job as a workbook; 404 while it has none (queued, running, failed, cancelled). */
    @SuppressWarnings("unchecked")
    private void resultXlsx(Context ctx) {
        String id = ctx.pathParam("id");
        OptimizationJobs.Status s = jobs.status(ctx.pathParam("code"), id);
        if (s.result() == null)
            throw PlanningException.notFound("The optimization job '" + id + "' has no result to export (status: " + s.status()
                    + "); export it when the run is done.");
        var lang = org.dostap.web.http.export.Workbooks.language(ctx);
        var region = analysis.region(ctx.pathParam("code"));
        var result = s.result();
        org.dostap.web.http.export.Workbooks.sendXlsx(ctx, work.submit("optimization workbook of " + region.code(),
                WorkCost.coverage(region.settlements().size(), region.facilities().size()), () ->
                new org.dostap.web.http.export.Workbooks.Download(org.dostap.web.http.export.Workbooks.xlsx(
                        org.dostap.web.export.OptimizationWorkbook.sheets(org.dostap.data.output.JsonOutput.mapper().convertValue(result,
                                java.util.Map.class), region, lang, org.dostap.engine.common.SoftwareVersion.current().label()), lang),
                        "dostap-" + region.code() + "-optimization-" + id + ".xlsx")));
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
