package org.dostap.web.http.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.http.coverage.CoverageController;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.web.http.export.Workbooks;
import org.dostap.web.http.indicators.IndicatorsController;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.mobile.RecentPlans;
import org.dostap.web.http.optimize.OptimizationJobs;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.report.ReportBuilder;
import org.dostap.web.report.ReportDocument;
import org.dostap.web.report.ReportFormat;
import org.dostap.web.report.ReportRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code POST /api/regions/{code}/report.docx} and {@code .pdf} (GET too, with query parameters): the situation-analysis
 * report with the {@code report} command's options ({@link ReportRequestJson}: the view or a saved scenario, language,
 * the monitoring question of the M&E tab, and a finished optimization job and a mobile plan of this server to
 * tabulate). Checked on the request thread ({@link ReportRequests}: 400 naming every wrong field at once), built on the
 * heavy-work executor.
 */
public final class ReportController {
    private final AccessAnalysis analysis;
    private final CoverageController coverage;
    private final ReportRequests requests;
    private final HeavyWork work;

    public ReportController(AccessAnalysis analysis, CoverageController coverage, IndicatorsController indicators, ScenarioStore scenarios,
                            OptimizationJobs jobs, RecentPlans plans, JsonBodies bodies, ObjectMapper mapper, HeavyWork work) {
        this.analysis = analysis;
        this.coverage = coverage;
        this.requests = new ReportRequests(analysis, coverage, indicators, scenarios, jobs, plans, bodies, mapper);
        this.work = work;
    }

    public void register(RoutesConfig routes) {
        for (ReportFormat f : ReportFormat.values()) {
            routes.get("/api/regions/{code}/report." + f.extension(), ctx -> report(ctx, f));
            routes.post("/api/regions/{code}/report." + f.extension(), ctx -> report(ctx, f));
        }
    }

    private void report(Context ctx, ReportFormat format) {
        ReportRequests.Checked c = requests.check(ctx);
        CoverageQuery q = c.view();
        String name = "dostap-report-" + q.regionCode() + "-" + q.serviceType() + "-" + q.thresholdSeconds() / 60 + "min-"
                + q.populationColumn() + (q.isBaseline() ? "" : "-scenario") + "." + format.extension();
        LocalDate today = LocalDate.now();
        // the report evaluates coverage for every service type and the scenario against the baseline; a review twice more
        long cost = (c.monitoring() != null && c.monitoring().hasReview() ? 6 : 4) * coverage.cost(q);
        Workbooks.send(ctx, format.contentType(), work.submit("report of " + q.regionCode(), cost, () -> {
            ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest(q.regionCode(), q.serviceType(), q.thresholdSeconds(),
                    q.populationColumn(), q.edits(), c.scenarioName(), c.lang(), today, null, Map.of(), c.optimization(), c.mobilePlan(),
                    c.monitoring(), q.mode()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                format.write(doc, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Workbooks.Download(out.toByteArray(), name);
        }));
    }
}
