package org.dostap.web.http.report;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.common.PlanningException;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.http.coverage.CoverageController;
import org.dostap.web.http.export.Workbooks;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.report.ReportBuilder;
import org.dostap.web.report.ReportDocument;
import org.dostap.web.report.ReportFormat;
import org.dostap.web.report.ReportRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * {@code POST /api/regions/{code}/report.docx} and {@code .pdf} (GET too): the situation-analysis report of the current
 * view (the coverage request: service, threshold, population column, scenario edits; {@code ?lang=bg|en}, Bulgarian by
 * default), as the {@code report} command writes it. Bad requests: 400 naming the field, as for coverage.
 */
public final class ReportController {
    private final AccessAnalysis analysis;
    private final CoverageController coverage;
    private final HeavyWork work;

    public ReportController(AccessAnalysis analysis, CoverageController coverage, HeavyWork work) {
        this.analysis = analysis;
        this.work = work;
        this.coverage = coverage;
    }

    public void register(RoutesConfig routes) {
        for (ReportFormat f : ReportFormat.values()) {
            routes.get("/api/regions/{code}/report." + f.extension(), ctx -> report(ctx, f));
            routes.post("/api/regions/{code}/report." + f.extension(), ctx -> report(ctx, f));
        }
    }

    private void report(Context ctx, ReportFormat format) {
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.isBlank() && !lang.equals("bg") && !lang.equals("en"))
            throw PlanningException.invalid("Query parameter lang must be bg or en, got '" + lang + "'.");
        CoverageQuery q = coverage.query(ctx);
        String name = "dostap-report-" + q.regionCode() + "-" + q.serviceType() + "-" + q.thresholdSeconds() / 60 + "min-"
                + q.populationColumn() + (q.isBaseline() ? "" : "-scenario") + "." + format.extension();
        LocalDate today = LocalDate.now();
        // the report evaluates coverage for every service type and the scenario against the baseline
        Workbooks.send(ctx, format.contentType(), work.submit("report of " + q.regionCode(), 4 * coverage.cost(q), () -> {
            ReportDocument doc = new ReportBuilder(analysis).build(new ReportRequest(q.regionCode(), q.serviceType(), q.thresholdSeconds(),
                    q.populationColumn(), q.edits(), q.isBaseline() ? null : "", lang == null ? "bg" : lang, today));
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
