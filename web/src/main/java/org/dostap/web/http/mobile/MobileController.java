package org.dostap.web.http.mobile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.common.ProblemLocation;
import org.dostap.web.report.ReportResults;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.MobileTeams;
import org.dostap.engine.mobile.OnSiteTime;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.mobile.MobilePlanRecords;
import org.dostap.web.analysis.mobile.MobilePlanning;
import org.dostap.web.http.json.EditJson;
import org.dostap.web.http.json.JsonBodies;
import org.dostap.web.http.json.RequestParameters;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.web.http.work.Async;
import org.dostap.web.http.work.HeavyWork;
import org.dostap.web.http.work.WorkCost;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/regions/{code}/mobile}: parses and checks the request (every problem at once, request field
 * names), applies the scenario edits, plans with the {@link MobilePlanning} use case and answers the plan as JSON
 * ({@link MobilePlanRecords}, the records of the command's plan.json and options.json). An unknown base facility is 404. Nothing is stored.
 */
public final class MobileController {
    private static final int DEFAULT_DAY_START_SECONDS = 8 * 3600;
    private final AccessAnalysis analysis;
    private final JsonBodies bodies;
    private final HeavyWork work;
    private final ObjectMapper mapper;
    private final RecentPlans plans = RecentPlans.forThisJvm();

    public MobileController(AccessAnalysis analysis, JsonBodies bodies, ObjectMapper mapper, HeavyWork work) {
        this.analysis = analysis;
        this.mapper = mapper;
        this.work = work;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/regions/{code}/mobile", this::plan);
        routes.post("/api/regions/{code}/mobile/options", this::options);
        routes.post("/api/regions/{code}/mobile/schedule.xlsx", this::scheduleXlsx);
    }

    /** A computed plan with the region it was made on, the clock time its days start, and the use case's whole result. */
    private record Planned(org.dostap.engine.mobile.MobilePlan plan, RegionData region, int dayStartSeconds,
                           MobilePlanning.Result result, RunProvenance provenance) { }

    /**
     * A checked request, ready to plan on the heavy-work executor; {@code cost} its estimated memory; {@code comparison}
     * the options to compare (only for {@code /mobile/options}), {@code parameters} the body for the provenance.
     */
    private record Checked(RegionData region, List<ScenarioEdit> edits, MobileRequest request, int dayStartSeconds, long cost,
                           boolean rescore, MobilePlanning.Comparison comparison, Map<String, Object> parameters) { }

    private void plan(Context ctx) {
        Checked c = check(ctx, false);
        Async.bytes(ctx, "application/json", work.submit("mobile plan in " + c.region().code(), c.cost(), () -> {
            Planned p = run(c);
            MobilePlanRecords.Plan plan = new MobilePlanRecords(p.dayStartSeconds()).plan(p.plan(), p.result().access(), p.region(),
                    p.plan().planSeconds(), p.provenance());
            return mapper.writeValueAsBytes(new PlanAnswer(keepForReports(plan), plan));
        }));
    }

    /** Mobile options side by side (teams x bases x intervals) and one more fixed centre, on the heavy-work executor. */
    private void options(Context ctx) {
        Checked c = check(ctx, true);
        Async.bytes(ctx, "application/json", work.submit("mobile options in " + c.region().code(), c.cost(), () -> {
            Planned p = run(c);
            return mapper.writeValueAsBytes(MobilePlanRecords.options(p.result().options(), p.region(), p.plan().travelTimeSource(),
                    p.provenance()));
        }));
    }

    /** The same request as {@code /mobile}, answered with the plan as a workbook (schedule, served, unserved, teams, provenance). */
    private void scheduleXlsx(Context ctx) {
        Checked c = check(ctx, false);
        var lang = org.dostap.web.http.export.Workbooks.language(ctx);
        org.dostap.web.http.export.Workbooks.sendXlsx(ctx, work.submit("mobile plan in " + c.region().code(), c.cost(), () -> {
            Planned p = run(c);
            return new org.dostap.web.http.export.Workbooks.Download(org.dostap.web.http.export.Workbooks.xlsx(
                    org.dostap.web.export.MobileWorkbook.sheets(p.plan(), p.region(), p.dayStartSeconds(), lang,
                            org.dostap.engine.common.SoftwareVersion.current().label(), p.provenance()), lang),
                    "dostap-" + p.region().code() + "-mobile-schedule.xlsx");
        }));
    }

    /** The plans made lately, for the report ({@code plan_id} in the answer). */
    public RecentPlans plans() { return plans; }

    /** {@code POST /mobile}: the plan (the command's plan.json, field for field) and {@code plan_id}, its name for the report. */
    record PlanAnswer(String planId, @JsonUnwrapped MobilePlanRecords.Plan plan) { }

    /** Keeps the plan as the report tabulates it (read as the command's plan.json), under a fresh id. */
    private String keepForReports(MobilePlanRecords.Plan plan) {
        String id = RecentPlans.newId();
        ProblemCollector problems = new ProblemCollector();
        ReportResults.MobilePlan tabulated = ReportResults.mobilePlan(mapper.valueToTree(plan), "plan " + id, ProblemLocation.field("mobile_plan_id"),
                new ReportResults.Source(ReportResults.Source.PLAN, id, null, Map.of()), problems);
        problems.throwIfAny();
        plans.keep(id, plan.region(), tabulated);
        return id;
    }

    private Checked check(Context ctx, boolean compare) {
        MobileRequestJson r = bodies.read(ctx, MobileRequestJson.class, MobileRequestJson.EMPTY);
        RegionData baseline = analysis.region(ctx.pathParam("code"));
        ProblemCollector problems = new ProblemCollector();
        EditJson.Applied applied = EditJson.applyTo(analysis, baseline.code(), r.edits(), problems);
        List<ScenarioEdit> edits = applied.edits();
        RegionData region = applied.edited().orElse(baseline);
        String service = r.service() == null ? "community-support" : r.service();
        if (region.services().find(service).isEmpty())
            problems.field("service", "unknown service type '" + service + "'; one of: "
                    + String.join(", ", region.services().list().stream().map(s -> s.id()).toList()));
        double dayHours = r.dayHours() == null ? 8 : r.dayHours();
        double onSiteMin = r.onSiteMin() == null ? 60 : r.onSiteMin();
        boolean thresholdOk = r.thresholdMin() == null || Limits.THRESHOLD_MIN.check(r.thresholdMin(), "threshold_min", problems);
        if (!Limits.DAY_HOURS.check(dayHours, "day_hours", problems)) dayHours = 8; // reported once, not again by the engine
        if (!Limits.ON_SITE_MIN.check(onSiteMin, "on_site_min", problems)) onSiteMin = 60;
        List<String> bases = r.bases() == null ? List.of() : r.bases();
        int teams = r.teams() != null ? r.teams() : bases.isEmpty() ? 1 : bases.size(); // checked by the engine request against Limits.TEAMS
        if (!bases.isEmpty() && r.base() != null && !r.base().isBlank())
            problems.field("bases", "give either base (every team at one base) or bases (one per team), not both");
        double perResident = r.onSiteSecPerResident() == null ? 0 : r.onSiteSecPerResident();
        if (!Limits.ON_SITE_SEC_PER_RESIDENT.check(perResident, "on_site_sec_per_resident", problems)) perResident = 0;
        Integer validDayStart = dayStartSeconds(r.dayStart(), problems);
        int dayStart = validDayStart == null ? DEFAULT_DAY_START_SECONDS : validDayStart;
        int horizon = r.horizonWeeks() == null ? 4 : r.horizonWeeks();
        int dayLength = (int) Math.round(dayHours * 3600);
        VisitSettings visits = VisitSettings.resolve(r, region.settlementsById().keySet(), horizon, validDayStart,
                dayLength, problems);
        TravelMode accessMode = analysis.checkedMode(r.mode(), "mode", problems);
        MobileRequest request = null;
        {
            MobileTeams t = new MobileTeams(r.base() == null ? "" : r.base(), teams, dayLength,
                    r.daysPerWeek() == null ? 5 : r.daysPerWeek(), TravelMode.CAR,
                    bases.stream().map(b -> b == null ? "" : b).toList());
            try {
                request = new MobileRequest(service, t, List.of(), r.thresholdMin() == null || !thresholdOk ? 0 : (int) Math.round(r.thresholdMin() * 60),
                        visits.frequency(), new OnSiteTime((int) Math.round(onSiteMin * 60), perResident, visits.onSiteSeconds()), horizon,
                        visits.windows(), r.population(), visits.defaultWindow(), accessMode);
            } catch (PlanningException e) {
                // the engine's domain field names are the request's (threshold_min, day_hours, population, ...)
                e.problems().stream().filter(p -> !"base".equals(p.field()) || (r.base() != null && !r.base().isBlank()))
                        .forEach(problems::add);
            }
        }
        if (r.population() != null && !r.population().isBlank() && !region.populationColumns().contains(r.population()))
            problems.field("population", "unknown population column '" + r.population() + "'; available: "
                    + String.join(", ", region.populationColumns()));
        MobilePlanning.Comparison comparison = compare ? comparison(r, region, horizon, problems) : null;
        if (!compare) {
            if (r.compareTeams() != null) problems.field("compare_teams", ONLY_OPTIONS);
            if (r.compareBases() != null) problems.field("compare_bases", ONLY_OPTIONS);
            if (r.compareFrequenciesWeeks() != null) problems.field("compare_frequencies_weeks", ONLY_OPTIONS);
        } else if (r.rescore() != null) problems.field("rescore", "only POST /api/regions/{code}/mobile re-scores access");
        problems.throwIfAny();
        return new Checked(region, edits, request, dayStart, WorkCost.mobile(region.settlements().size(), region.facilities().size(),
                horizon), Boolean.TRUE.equals(r.rescore()), comparison, RequestParameters.of(r));
    }


    private static final String ONLY_OPTIONS = "only POST /api/regions/{code}/mobile/options compares options";

    /**
     * The options to compare: 1..{@code compareTeams} (default 3) teams at every base of {@code compareBases} (default: the
     * plan's), every interval of {@code compareFrequenciesWeeks} (default: {@code frequencyWeeks}, else 2); at most
     * {@link Limits#COMPARED_PLANS} plans in all.
     */
    private static MobilePlanning.Comparison comparison(MobileRequestJson r, RegionData region, int horizon, ProblemCollector problems) {
        int teams = r.compareTeams() == null ? 3 : r.compareTeams();
        boolean teamsOk = Limits.TEAMS.check(teams, "compare_teams", problems);
        List<String> bases = r.compareBases() == null ? List.of() : r.compareBases();
        for (int i = 0; i < bases.size(); i++)
            if (bases.get(i) == null || region.findFacility(bases.get(i)).isEmpty())
                problems.field("compare_bases[" + i + "]", "no facility with id '" + bases.get(i) + "' in region " + region.code());
        List<Integer> weeks = r.compareFrequenciesWeeks() == null || r.compareFrequenciesWeeks().isEmpty()
                ? List.of(r.frequencyWeeks() == null ? 2 : r.frequencyWeeks()) : r.compareFrequenciesWeeks();
        for (int i = 0; i < weeks.size(); i++) {
            Integer w = weeks.get(i);
            if (!Limits.FREQUENCY_WEEKS.check(w, "compare_frequencies_weeks[" + i + "]", problems)) continue;
            int at = i;
            org.dostap.data.input.VisitRules.weeksProblem(w, horizon)
                    .ifPresent(why -> problems.field("compare_frequencies_weeks[" + at + "]", why));
        }
        MobilePlanning.Comparison c = new MobilePlanning.Comparison(bases.stream().filter(java.util.Objects::nonNull).toList(),
                teamsOk ? teams : 1, weeks.stream().filter(java.util.Objects::nonNull).toList());
        if (teamsOk) Limits.COMPARED_PLANS.check(c.plans(), "compare_teams", problems);
        return c;
    }

    private Planned run(Checked c) {
        // the engine's domain field names are the request's (threshold_min, bases, compare_teams, ...): ErrorJson answers them as they are
        MobilePlanning.Result result = new MobilePlanning(analysis.travelTimes(c.edits())).run(new MobilePlanning.Request(c.region(),
                c.request(), c.rescore(), c.comparison()));
        return new Planned(result.plan(), c.region(), c.dayStartSeconds(), result, MobilePlanning.provenance(c.region(),
                c.request(), analysis.travelTimes(c.edits()), List.of(), c.parameters()));
    }

    /** The working day's start as seconds after midnight (08:00 when not given); null, and reported, when not a clock time. */
    private static Integer dayStartSeconds(String text, ProblemCollector problems) {
        if (text == null || text.isBlank()) return DEFAULT_DAY_START_SECONDS;
        try {
            return LocalTime.parse(text).toSecondOfDay();
        } catch (DateTimeParseException e) {
            problems.field("day_start", "not a clock time HH:MM: '" + text + "'");
            return null;
        }
    }
}
