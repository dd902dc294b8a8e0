package org.dostap.web.http.mobile;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.MobileTeams;
import org.dostap.engine.mobile.OnSiteTime;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.scenario.ScenarioEdit;
import org.dostap.engine.traveltime.TravelMode;
import org.dostap.web.analysis.AccessAnalysis;
import org.dostap.web.analysis.mobile.MobilePlanning;
import org.dostap.web.http.json.EditJson;
import org.dostap.web.http.json.GeoJson;
import org.dostap.web.http.json.JsonBodies;
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
 * ({@link MobilePlanJson}). An unknown base facility is 404. Nothing is stored.
 */
public final class MobileController {
    private static final int DEFAULT_DAY_START_SECONDS = 8 * 3600;
    private static final Map<String, String> ENGINE_FIELDS = Map.of("dayLength", "dayHours", "threshold", "thresholdMin",
            "onSite", "onSiteMin", "populationColumn", "population");
    private final AccessAnalysis analysis;
    private final JsonBodies bodies;
    private final GeoJson geoJson;
    private final HeavyWork work;
    private final ObjectMapper mapper;

    public MobileController(AccessAnalysis analysis, JsonBodies bodies, GeoJson geoJson, ObjectMapper mapper, HeavyWork work) {
        this.analysis = analysis;
        this.mapper = mapper;
        this.work = work;
        this.bodies = bodies;
        this.geoJson = geoJson;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/regions/{code}/mobile", this::plan);
        routes.post("/api/regions/{code}/mobile/schedule.xlsx", this::scheduleXlsx);
    }

    /** A computed plan with the region it was made on and the clock time its days start. */
    private record Planned(org.dostap.engine.mobile.MobilePlan plan, RegionData region, int dayStartSeconds) { }

    /** A checked request, ready to plan on the heavy-work executor; {@code cost} its estimated memory. */
    private record Checked(RegionData region, List<ScenarioEdit> edits, MobileRequest request, int dayStartSeconds, long cost) { }

    private void plan(Context ctx) {
        Checked c = check(ctx);
        Async.bytes(ctx, "application/json", work.submit("mobile plan in " + c.region().code(), c.cost(), () -> {
            Planned p = run(c);
            return mapper.writeValueAsBytes(new MobilePlanJson(geoJson, p.dayStartSeconds()).from(p.plan(), p.region().code(),
                    p.plan().base(), p.region().settlementsById()));
        }));
    }

    /** The same request as {@code /mobile}, answered with the plan as a workbook (schedule, served, unserved, teams, provenance). */
    private void scheduleXlsx(Context ctx) {
        Checked c = check(ctx);
        var lang = org.dostap.web.http.export.Workbooks.language(ctx);
        org.dostap.web.http.export.Workbooks.sendXlsx(ctx, work.submit("mobile plan in " + c.region().code(), c.cost(), () -> {
            Planned p = run(c);
            return new org.dostap.web.http.export.Workbooks.Download(org.dostap.web.http.export.Workbooks.xlsx(
                    org.dostap.web.export.MobileWorkbook.sheets(p.plan(), p.region(), p.dayStartSeconds(), lang,
                            org.dostap.engine.common.SoftwareVersion.current().label()), lang),
                    "dostap-" + p.region().code() + "-mobile-schedule.xlsx");
        }));
    }

    private Checked check(Context ctx) {
        MobileRequestJson r = bodies.read(ctx, MobileRequestJson.class, MobileRequestJson.EMPTY);
        RegionData baseline = analysis.region(ctx.pathParam("code"));
        ProblemCollector problems = new ProblemCollector();
        List<ScenarioEdit> edits = EditJson.toEdits(r.edits(), problems);
        RegionData region = baseline;
        if (problems.isEmpty() && !edits.isEmpty()) {
            try {
                region = analysis.edited(baseline.code(), edits);
            } catch (PlanningException e) {
                e.problems().forEach(problems::add);
            }
        }
        String service = r.service() == null ? "community-support" : r.service();
        if (region.services().find(service).isEmpty())
            problems.add("", 0, "service", "unknown service type '" + service + "'; one of: "
                    + String.join(", ", region.services().list().stream().map(s -> s.id()).toList()));
        double dayHours = r.dayHours() == null ? 8 : r.dayHours();
        double onSiteMin = r.onSiteMin() == null ? 60 : r.onSiteMin();
        boolean thresholdOk = r.thresholdMin() == null || Limits.THRESHOLD_MIN.check(r.thresholdMin(), "", "thresholdMin", problems);
        if (!Limits.DAY_HOURS.check(dayHours, "", "dayHours", problems)) dayHours = 8; // reported once, not again by the engine
        if (!Limits.ON_SITE_MIN.check(onSiteMin, "", "onSiteMin", problems)) onSiteMin = 60;
        int teams = r.teams() == null ? 1 : r.teams(); // checked by the engine request against Limits.TEAMS
        double perResident = r.onSiteSecPerResident() == null ? 0 : r.onSiteSecPerResident();
        if (!Limits.ON_SITE_SEC_PER_RESIDENT.check(perResident, "", "onSiteSecPerResident", problems)) perResident = 0;
        Integer validDayStart = dayStartSeconds(r.dayStart(), problems);
        int dayStart = validDayStart == null ? DEFAULT_DAY_START_SECONDS : validDayStart;
        int horizon = r.horizonWeeks() == null ? 4 : r.horizonWeeks();
        int dayLength = (int) Math.round(dayHours * 3600);
        VisitSettings visits = VisitSettings.resolve(r, region.settlementsById().keySet(), horizon, validDayStart,
                dayLength, problems);
        MobileRequest request = null;
        {
            MobileTeams t = new MobileTeams(r.base() == null ? "" : r.base(), teams, dayLength,
                    r.daysPerWeek() == null ? 5 : r.daysPerWeek(), TravelMode.CAR);
            try {
                request = new MobileRequest(service, t, List.of(), r.thresholdMin() == null || !thresholdOk ? 0 : (int) Math.round(r.thresholdMin() * 60),
                        visits.frequency(), new OnSiteTime((int) Math.round(onSiteMin * 60), perResident, visits.onSiteSeconds()), horizon,
                        visits.windows(), r.population(), visits.defaultWindow());
            } catch (PlanningException e) {
                e.problems().stream().filter(p -> !"base".equals(p.column()) || (r.base() != null && !r.base().isBlank()))
                        .forEach(p -> problems.add("", 0, ENGINE_FIELDS.getOrDefault(p.column(), p.column()), p.message()));
            }
        }
        if (r.population() != null && !r.population().isBlank() && !region.populationColumns().contains(r.population()))
            problems.add("", 0, "population", "unknown population column '" + r.population() + "'; available: "
                    + String.join(", ", region.populationColumns()));
        problems.throwIfAny();
        return new Checked(region, edits, request, dayStart, WorkCost.mobile(region.settlements().size(), region.facilities().size(),
                horizon));
    }

    private Planned run(Checked c) {
        MobilePlanning.Result result;
        try {
            result = new MobilePlanning(analysis.travelTimes(c.edits())).run(new MobilePlanning.Request(c.region(), c.request(), false, null));
        } catch (PlanningException e) { // the engine's field names -> the request's
            if (e.problems().isEmpty()) throw e;
            throw new PlanningException(e.code(), e.problems().stream().map(p -> new org.dostap.engine.common.Problem("", 0,
                    ENGINE_FIELDS.getOrDefault(p.column(), p.column()), p.message())).toList());
        }
        return new Planned(result.plan(), c.region(), c.dayStartSeconds());
    }

    /** The working day's start as seconds after midnight (08:00 when not given); null, and reported, when not a clock time. */
    private static Integer dayStartSeconds(String text, ProblemCollector problems) {
        if (text == null || text.isBlank()) return DEFAULT_DAY_START_SECONDS;
        try {
            return LocalTime.parse(text).toSecondOfDay();
        } catch (DateTimeParseException e) {
            problems.add("", 0, "dayStart", "not a clock time HH:MM: '" + text + "'");
            return null;
        }
    }
}
