package org.dostap.web.http.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.dostap.engine.common.ErrorCode;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.Problem;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProblemLocation;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.store.Scenario;
import org.dostap.engine.store.ScenarioStore;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.CoverageQuery;
import org.dostap.web.http.coverage.CoverageController;
import org.dostap.web.http.coverage.CoverageRequestJson;
import org.dostap.web.http.indicators.IndicatorsController;
import org.dostap.web.http.indicators.IndicatorsRequestJson;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.json.QueryParameters;
import org.dostap.web.http.mobile.RecentPlans;
import org.dostap.web.http.optimize.OptimizationJobs;
import org.dostap.web.indicators.IndicatorsRequest;
import org.dostap.web.report.ReportResults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses and checks a report request ({@link ReportRequestJson}; GET: the same names as query parameters, without the
 * lists): the view with the coverage request's checks, the monitoring question with the indicators request's, a saved
 * scenario from the scenario store, the optimization job and the mobile plan from what this server keeps. Every
 * problem at once, each at its request field (400); an unknown region is 404. Runs on the request thread: it only reads
 * what is in memory (or one scenario from the store), the report itself is built on the heavy-work executor.
 */
final class ReportRequests {
    /** Fields the monitoring check shares with the view: their problems are reported once, by the view. */
    private static final Set<String> VIEW_FIELDS = Set.of("service", "threshold_min", "mode", "population");

    private final AccessAnalysis analysis;
    private final CoverageController coverage;
    private final IndicatorsController indicators;
    private final ScenarioStore scenarios;
    private final OptimizationJobs jobs;
    private final RecentPlans plans;
    private final JsonBodies bodies;
    private final ObjectMapper mapper;

    ReportRequests(AccessAnalysis analysis, CoverageController coverage, IndicatorsController indicators, ScenarioStore scenarios,
                   OptimizationJobs jobs, RecentPlans plans, JsonBodies bodies, ObjectMapper mapper) {
        this.analysis = analysis;
        this.coverage = coverage;
        this.indicators = indicators;
        this.scenarios = scenarios;
        this.jobs = jobs;
        this.plans = plans;
        this.bodies = bodies;
        this.mapper = mapper;
    }

    /** A checked report request: the view, its scenario's name (null: the baseline), language, monitoring, results. */
    record Checked(CoverageQuery view, String scenarioName, String lang, IndicatorsRequest monitoring,
                   ReportResults.Optimization optimization, ReportResults.MobilePlan mobilePlan) { }

    Checked check(Context ctx) {
        String code = ctx.pathParam("code");
        ReportRequestJson b = read(ctx);
        RegionData region = analysis.region(code); // 404 for an unknown region
        ProblemCollector problems = new ProblemCollector();
        String lang = lang(b.lang(), ctx.queryParam("lang"), problems);

        Scenario saved = null;
        if (!blank(b.scenario())) {
            saved = scenario(b.scenario(), "scenario", region, problems);
            if (b.edits() != null && !b.edits().isEmpty())
                problems.field("scenario", "give either scenario (a saved scenario's id) or edits (unsaved changes), not both");
        }
        CoverageQuery view = null;
        try {
            view = coverage.query(code, new CoverageRequestJson(b.service(), b.thresholdMin(), b.population(), null, null, b.edits(), b.mode()));
        } catch (PlanningException e) {
            if (e.code() != ErrorCode.INVALID_INPUT) throw e;
            problems.addAll(e);
        }
        if (view != null && saved != null)
            view = new CoverageQuery(view.regionCode(), view.serviceType(), view.thresholdSeconds(), view.populationColumn(), saved.edits(), view.mode());

        IndicatorsRequest monitoring = monitoring(code, b, view, saved, problems);
        ReportResults.Optimization optimization = blank(b.optimizationJobId()) ? null : optimization(code, b.optimizationJobId().trim(), view, problems);
        ReportResults.MobilePlan mobilePlan = blank(b.mobilePlanId()) ? null : mobilePlan(code, b.mobilePlanId().trim(), view, problems);
        problems.throwIfAny();
        String scenarioName = saved != null ? saved.name() : view.isBaseline() ? null : "";
        return new Checked(view, scenarioName, lang, monitoring, optimization, mobilePlan);
    }

    /**
     * The monitoring question, checked as the indicators request checks it. The review's facilities default to the
     * report's scenario (as the command's), the targets to those kept with the scenario under review or the report's.
     */
    private IndicatorsRequest monitoring(String code, ReportRequestJson b, CoverageQuery view, Scenario saved, ProblemCollector problems) {
        IndicatorsRequest m = null;
        try {
            m = indicators.request(code, new IndicatorsRequestJson(b.service(), b.thresholdMin(),
                    blank(b.baselinePopulation()) ? b.population() : b.baselinePopulation(), b.baselineEdits(), b.mode(),
                    b.reviewPopulation(), b.reviewScenario(), b.reviewEdits(), b.targets()));
        } catch (PlanningException e) {
            if (e.code() != ErrorCode.INVALID_INPUT) throw e;
            for (Problem p : e.problems()) {
                String f = p.field();
                if (f == null) problems.add(p);
                else if (f.equals("population")) { if (!blank(b.baselinePopulation())) problems.field("baseline_population", p.message()); }
                else if (f.startsWith("edits")) problems.field("baseline_" + f, p.message());
                else if (!VIEW_FIELDS.contains(f)) problems.add(p);
            }
        }
        if (m == null || view == null) return null;
        List<ScenarioEdit> reviewEdits = m.reviewEdits();
        String reviewName = m.reviewScenario();
        if (blank(b.reviewScenario()) && b.reviewEdits() == null && !view.isBaseline()) {
            reviewEdits = view.edits();
            reviewName = saved == null ? "" : saved.name();
        }
        Map<String, Double> targets = new LinkedHashMap<>(m.targets());
        if (b.targets() == null && blank(b.reviewScenario()) && saved != null)
            scenarios.targets(saved.id()).stream().filter(t -> t.serviceType().equals(view.serviceType()))
                    .forEach(t -> targets.put(t.areaCode(), t.shareWithin()));
        return new IndicatorsRequest(m.baseline(), m.reviewPopulation(), reviewEdits, reviewName, targets);
    }

    /** A finished optimization job of this region, on the report's service. */
    private ReportResults.Optimization optimization(String code, String id, CoverageQuery view, ProblemCollector problems) {
        String field = "optimization_job_id";
        if (!Limits.ID_LENGTH.check(id.length(), field, problems)) return null;
        OptimizationJobs.Status s;
        try {
            s = jobs.status(code, id);
        } catch (PlanningException e) {
            problems.field(field, "no optimization job '" + id + "' of region " + code + " (the server keeps the last runs only; run it again in the Optimize tab)");
            return null;
        }
        if (s.result() == null) {
            problems.field(field, "the optimization job '" + id + "' has no result (status: " + s.status().external() + "); make the report when it is done");
            return null;
        }
        if (view != null && s.result().service() != null && !s.result().service().equals(view.serviceType())) {
            problems.field(field, "the optimization job '" + id + "' placed " + s.result().service() + " centres, the report is on " + view.serviceType());
            return null;
        }
        return ReportResults.optimization(mapper.valueToTree(s.result()), "job " + id, ProblemLocation.field(field),
                new ReportResults.Source(ReportResults.Source.JOB, id, null, Map.of()), problems);
    }

    /** A mobile plan this server made for this region, on the report's service. */
    private ReportResults.MobilePlan mobilePlan(String code, String id, CoverageQuery view, ProblemCollector problems) {
        String field = "mobile_plan_id";
        if (!Limits.ID_LENGTH.check(id.length(), field, problems)) return null;
        var plan = plans.find(code, id);
        if (plan.isEmpty()) {
            problems.field(field, "no mobile plan '" + id + "' of region " + code + " (the server keeps the last plans only; plan again in the Mobile teams tab)");
            return null;
        }
        if (view != null && plan.get().service() != null && !plan.get().service().equals(view.serviceType())) {
            problems.field(field, "the mobile plan '" + id + "' is for " + plan.get().service() + ", the report is on " + view.serviceType());
            return null;
        }
        return plan.get();
    }

    private Scenario scenario(String id, String field, RegionData region, ProblemCollector problems) {
        if (!Limits.ID_LENGTH.check(id.trim().length(), field, problems)) return null;
        Scenario s = scenarios.findScenario(id.trim()).orElse(null);
        if (s == null) problems.field(field, "no saved scenario with id '" + id.trim() + "'");
        else if (!s.regionCode().equalsIgnoreCase(region.code()))
            problems.field(field, "scenario '" + s.name() + "' belongs to region " + s.regionCode() + ", not " + region.code());
        else return s;
        return null;
    }

    /** {@code bg} (the default) or {@code en}, from the body or the query; both given must agree. */
    private static String lang(String body, String query, ProblemCollector problems) {
        String chosen = null;
        for (String[] c : new String[][] {{body, "lang"}, {query, "query.lang"}}) {
            if (c[0] == null || c[0].isBlank()) continue;
            String v = c[0].trim().toLowerCase(Locale.ROOT);
            if (!v.equals("bg") && !v.equals("en")) problems.field(c[1], "must be bg or en, got '" + c[0] + "'");
            else if (chosen != null && !chosen.equals(v)) problems.field("lang", "the body says " + chosen + ", the query " + v + ": give one");
            else chosen = v;
        }
        return chosen == null ? "bg" : chosen;
    }

    private ReportRequestJson read(Context ctx) {
        if (!"GET".equals(ctx.method().name())) return bodies.read(ctx, ReportRequestJson.class, ReportRequestJson.EMPTY);
        ProblemCollector problems = new ProblemCollector();
        Integer threshold = QueryParameters.wholeMinutes(ctx, "threshold_min", problems);
        problems.throwIfAny();
        return new ReportRequestJson(ctx.queryParam("service"), threshold, ctx.queryParam("population"), null, ctx.queryParam("mode"),
                ctx.queryParam("scenario"), null, ctx.queryParam("baseline_population"), null, ctx.queryParam("review_population"),
                ctx.queryParam("review_scenario"), null, null, ctx.queryParam("optimization_job_id"), ctx.queryParam("mobile_plan_id"));
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
