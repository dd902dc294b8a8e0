package org.dostap.web.http.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.data.output.SheetLanguage;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.MonitoringTarget;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.export.IndicatorsWorkbook;
import org.dostap.web.http.access.WriteAccess;
import org.dostap.web.http.coverage.CoverageController;
import org.dostap.web.http.coverage.CoverageRequestJson;
import org.dostap.web.http.export.Workbooks;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.json.QueryParameters;
import org.dostap.web.http.work.Async;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.indicators.IndicatorsRequest;
import org.dostap.web.indicators.MonitoringIndicators;
import org.dostap.web.indicators.MonitoringService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitoring and evaluation: {@code POST /api/regions/{code}/indicators} (GET with query parameters too) answers the
 * indicators of the baseline, the review and the targets (JSON); {@code .../indicators.xlsx} the same as a workbook;
 * {@code GET/PUT /api/scenarios/{id}/targets} reads and replaces the targets kept with a saved scenario (PUT with the
 * version read; a stale version gets 409). Bad requests: 400 naming every wrong field.
 */
public final class IndicatorsController {
    private final AccessAnalysis analysis;
    private final CoverageController coverage;
    private final ScenarioStore scenarios;
    private final JsonBodies bodies;
    private final ObjectMapper mapper;
    private final HeavyWork work;
    private final WriteAccess access;

    public IndicatorsController(AccessAnalysis analysis, CoverageController coverage, ScenarioStore scenarios, JsonBodies bodies,
                                ObjectMapper mapper, HeavyWork work, WriteAccess access) {
        this.analysis = analysis;
        this.coverage = coverage;
        this.scenarios = scenarios;
        this.bodies = bodies;
        this.mapper = mapper;
        this.work = work;
        this.access = access;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/regions/{code}/indicators", this::json);
        routes.post("/api/regions/{code}/indicators", this::json);
        routes.get("/api/regions/{code}/indicators.xlsx", this::xlsx);
        routes.post("/api/regions/{code}/indicators.xlsx", this::xlsx);
        routes.get("/api/scenarios/{id}/targets", ctx -> {
            Scenario s = scenario(ctx.pathParam("id"));
            ctx.json(targetsJson(s, scenarios.targets(s.id())));
        });
        routes.put("/api/scenarios/{id}/targets", access.guard(this::saveTargets));
    }

    private void json(Context ctx) {
        IndicatorsRequest r = request(ctx);
        Async.bytes(ctx, "application/json", work.submit("indicators of " + r.baseline().regionCode(), cost(r), () -> {
            try {
                return mapper.writeValueAsBytes(new MonitoringService(analysis).indicators(r));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("could not write JSON", e);
            }
        }));
    }

    private void xlsx(Context ctx) {
        IndicatorsRequest r = request(ctx);
        SheetLanguage lang = Workbooks.language(ctx);
        CoverageQuery q = r.baseline();
        Workbooks.sendXlsx(ctx, work.submit("indicators workbook of " + q.regionCode(), cost(r), () -> {
            MonitoringIndicators m = new MonitoringService(analysis).indicators(r);
            return new Workbooks.Download(Workbooks.xlsx(IndicatorsWorkbook.sheets(m, lang), lang), "dostap-" + q.regionCode()
                    + "-indicators-" + q.serviceType() + "-" + q.thresholdSeconds() / 60 + "min-" + q.populationColumn()
                    + (m.reviewPopulation() == null ? "" : "-" + m.reviewPopulation()) + ".xlsx");
        }));
    }

    private long cost(IndicatorsRequest r) {
        return (r.hasReview() ? 2 : 1) * coverage.cost(r.baseline());
    }

    /** The body (POST) or query parameters (GET) as a validated request, every problem named by its field. */
    IndicatorsRequest request(Context ctx) {
        return request(ctx.pathParam("code"), read(ctx));
    }

    /**
     * The indicators request {@code b} of region {@code code}, validated (every problem at once, named by its field; an
     * unknown region is 404). Shared with the report, which asks the same monitoring question.
     */
    public IndicatorsRequest request(String code, IndicatorsRequestJson b) {
        ProblemCollector problems = new ProblemCollector();
        CoverageQuery base = null;
        try {
            base = coverage.query(code, new CoverageRequestJson(b.service(), b.thresholdMin(), b.population(), null, null, b.edits(), b.mode()));
        } catch (PlanningException e) {
            if (e.problems().isEmpty()) throw e;
            problems.addAll(e);
        }
        RegionData region = analysis.region(code);
        String reviewColumn = blank(b.reviewPopulation()) ? null : b.reviewPopulation().trim();
        if (reviewColumn != null && !region.populationColumns().contains(reviewColumn))
            problems.field("review_population", "unknown population column '" + reviewColumn + "'; one of: "
                    + String.join(", ", region.populationColumns()));
        Scenario saved = null;
        if (!blank(b.reviewScenario())) {
            saved = scenarios.findScenario(b.reviewScenario().trim()).orElse(null);
            if (saved == null) problems.field("review_scenario", "no saved scenario with id '" + b.reviewScenario().trim() + "'");
            else if (!saved.regionCode().equals(region.code()))
                problems.field("review_scenario", "scenario '" + saved.name() + "' belongs to region " + saved.regionCode() + ", not " + region.code());
        }
        if (saved != null && b.reviewEdits() != null && !b.reviewEdits().isEmpty())
            problems.field("review_edits", "give either review_scenario or review_edits, not both");
        List<ScenarioEdit> reviewEdits = saved != null ? saved.edits() : List.of();
        if (saved == null && b.reviewEdits() != null && !b.reviewEdits().isEmpty()) { // checked even when the baseline is wrong: every problem at once
            try {
                reviewEdits = coverage.query(code, new CoverageRequestJson(b.service(), b.thresholdMin(), null, null, null, b.reviewEdits(), b.mode())).edits();
            } catch (PlanningException e) {
                // the review's own edits; service, threshold and mode are the baseline's, reported once by it
                for (Problem p : e.problems()) if (p.field() != null && p.field().startsWith("edits")) problems.add(Problem.atField("review_" + p.field(), p.message()));
            }
        }
        Map<String, Double> targets = new LinkedHashMap<>();
        if (b.targets() != null) {
            for (int i = 0; i < b.targets().size(); i++) {
                IndicatorsRequestJson.TargetJson t = b.targets().get(i);
                String field = "targets[" + i + "]";
                if (t == null || blank(t.area())) { problems.field(field + ".area", "an area code is required (the region's or a municipality's)"); continue; }
                if (!isArea(region, t.area().trim()))
                    problems.field(field + ".area", "unknown area '" + t.area() + "': the region's code " + region.code() + " or a municipality's code");
                if (t.shareWithin() == null || !(t.shareWithin() >= 0 && t.shareWithin() <= 1))
                    problems.field(field + ".share_within", "must be between 0 and 1, got " + t.shareWithin());
                else if (targets.put(t.area().trim(), t.shareWithin()) != null)
                    problems.field(field + ".area", "a second target for area '" + t.area().trim() + "'");
            }
        }
        problems.throwIfAny();
        if (b.targets() == null && saved != null) {
            String service = base.serviceType();
            scenarios.targets(saved.id()).stream().filter(t -> t.serviceType().equals(service)).forEach(t -> targets.put(t.areaCode(), t.shareWithin()));
        }
        return new IndicatorsRequest(base, reviewColumn, reviewEdits, saved == null ? (reviewEdits.isEmpty() ? null : "") : saved.name(), targets);
    }

    private IndicatorsRequestJson read(Context ctx) {
        if (!"GET".equals(ctx.method().name())) return bodies.read(ctx, IndicatorsRequestJson.class, IndicatorsRequestJson.EMPTY);
        ProblemCollector problems = new ProblemCollector();
        Integer threshold = QueryParameters.wholeMinutes(ctx, "threshold_min", problems);
        problems.throwIfAny();
        return new IndicatorsRequestJson(ctx.queryParam("service"), threshold, ctx.queryParam("population"), null, ctx.queryParam("mode"),
                ctx.queryParam("review_population"), ctx.queryParam("review_scenario"), null, null);
    }

    private void saveTargets(Context ctx) {
        Scenario s = scenario(ctx.pathParam("id"));
        TargetsJson body = bodies.read(ctx, TargetsJson.class, TargetsJson.EMPTY);
        RegionData region = analysis.region(s.regionCode());
        ProblemCollector problems = new ProblemCollector();
        if (body.version() == null) problems.field("version", "the version you loaded is required, so that nobody's changes are overwritten");
        List<MonitoringTarget> list = new ArrayList<>();
        List<TargetsJson.Target> in = body.targets() == null ? List.of() : body.targets();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            TargetsJson.Target t = in.get(i);
            String field = "targets[" + i + "]";
            if (t == null) { problems.field(field, "a target object is required"); continue; }
            boolean ok = true;
            if (blank(t.area()) || !isArea(region, t.area().trim())) {
                problems.field(field + ".area", "unknown area '" + t.area() + "': the region's code " + region.code() + " or a municipality's code");
                ok = false;
            }
            if (blank(t.service()) || region.services().find(t.service().trim()).isEmpty()) {
                problems.field(field + ".service", "unknown service type '" + t.service() + "'");
                ok = false;
            }
            if (t.shareWithin() == null || !(t.shareWithin() >= 0 && t.shareWithin() <= 1)) {
                problems.field(field + ".share_within", "must be between 0 and 1, got " + t.shareWithin());
                ok = false;
            }
            if (ok && !seen.add(t.area().trim() + "|" + t.service().trim()))
                problems.field(field, "a second target for area '" + t.area().trim() + "' and service '" + t.service().trim() + "'");
            if (ok) list.add(new MonitoringTarget(t.area().trim(), t.service().trim(), t.shareWithin()));
        }
        problems.throwIfAny();
        Scenario saved = scenarios.replaceTargets(s.id(), body.version(), list);
        ctx.json(targetsJson(saved, scenarios.targets(saved.id())));
    }

    private static TargetsJson targetsJson(Scenario s, List<MonitoringTarget> targets) {
        return new TargetsJson(s.id(), s.version(), targets.stream().map(t -> new TargetsJson.Target(t.areaCode(), t.serviceType(), t.shareWithin())).toList());
    }

    private Scenario scenario(String id) {
        return scenarios.findScenario(id).orElseThrow(() -> PlanningException.notFound("No scenario with id '" + id + "'."));
    }

    private static boolean isArea(RegionData region, String code) {
        return code.equals(region.code()) || region.municipalities().stream().anyMatch(m -> m.code().equals(code));
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
