package org.dostap.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dostap.data.output.CsvTableWriter;
import org.dostap.data.output.JsonOutput;
import org.dostap.engine.mobile.AccessKind;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobileOption;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.RescoredSettlement;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.ServedSettlement;
import org.dostap.engine.mobile.Stop;
import org.dostap.engine.mobile.TeamDay;
import org.dostap.engine.mobile.TeamLoad;
import org.dostap.engine.mobile.TimeWindow;
import org.dostap.engine.mobile.UnservedSettlement;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

import org.dostap.data.output.JsonOutput;
import org.dostap.web.analysis.RunProvenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a mobile plan as {@code plan.json} + {@code schedule.csv}, and a VRPTW solution as {@code plan.json}. Minutes and clock times only here. */
final class MobilePlanWriter {
    static final List<String> SCHEDULE_HEADER = List.of("week", "day", "team", "order", "settlement_id", "name", "arrival", "departure");
    private static final ObjectMapper JSON = JsonOutput.mapper(); // node factory; written by JsonOutput

    private final int dayStartSeconds;

    MobilePlanWriter(int dayStartSeconds) { this.dayStartSeconds = dayStartSeconds; }

    /** @param provenance written without the time of the run, so that the same input gives the same plan.json byte for byte */
    void writePlan(MobilePlan plan, AccessRescore access, String regionCode, RunProvenance provenance, Path json, Path csv)
            throws IOException {
        ObjectNode root = planJson(plan, regionCode);
        ObjectNode cov = root.putObject("coverage_with_mobile");
        cov.put("threshold_min", access.thresholdSeconds() / 60.0);
        for (AccessKind k : AccessKind.values()) cov.put("population_" + k.label(), access.populationByKind().get(k));
        cov.put("settlements_file", "access.csv");
        root.set("provenance", JsonOutput.mapper().valueToTree(provenance.withoutRunTime()));
        JsonOutput.write(json, root);
        List<List<?>> rows = new ArrayList<>();
        for (TeamDay d : plan.days())
            for (Stop s : d.stops())
                rows.add(List.of(d.week(), d.day(), d.team(), s.order(), s.settlementId(), s.name(),
                        clock(s.arrivalSeconds()), clock(s.departureSeconds())));
        CsvTableWriter.write(csv, SCHEDULE_HEADER, rows, false);
    }

    /** {@code access.csv}: every settlement of the region with its access kind once mobile visits count. */
    static void writeAccess(AccessRescore access, Path csv) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (RescoredSettlement a : access.settlements())
            rows.add(List.of(a.settlementId(), a.name(), a.municipality(), a.population(), a.accessKind().label(),
                    a.nearestFixedSeconds() == TravelTimeMatrix.UNREACHABLE ? "" : round(a.nearestFixedSeconds() / 60.0, 1),
                    a.visitsPer4Weeks()));
        CsvTableWriter.write(csv, List.of("settlement_id", "name", "municipality", "population", "access_kind",
                "nearest_fixed_min", "visits_per_4_weeks"), rows, false);
    }

    /** {@code options.json}: mobile options side by side and the one-new-centre alternative. */
    static void writeComparison(GapComparison c, Path json) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("service", c.serviceTypeId()).put("threshold_min", c.thresholdSeconds() / 60.0)
                .put("target_settlements", c.targetSettlements()).put("target_population", c.targetPopulation());
        ArrayNode options = root.putArray("mobile_options");
        for (MobileOption o : c.options())
            options.addObject().put("base", o.baseFacilityId()).put("teams", o.teams()).put("frequency_weeks", o.frequencyWeeks())
                    .put("population_newly_reached", o.populationReached()).put("settlements_newly_reached", o.settlementsReached())
                    .put("population_unserved", o.populationUnserved()).put("team_hours", round(o.teamHours(), 2))
                    .put("km_driven", round(o.kmDriven(), 1)).put("marginal_population_of_last_team", o.marginalPopulationOfLastTeam())
                    .put("plan_seconds", round(o.planSeconds(), 3));
        c.newCentre().ifPresentOrElse(n -> root.putObject("one_more_fixed_centre").put("settlement_id", n.settlementId())
                .put("name", n.name()).put("population_newly_covered", n.populationNewlyCovered())
                .put("settlements_newly_covered", n.settlementsNewlyCovered()).put("method", n.method()),
                () -> root.putNull("one_more_fixed_centre"));
        JsonOutput.write(json, root);
    }

    /** Why the base is this one, when --base was not given: the rule, the bases for the teams, every candidate centre. */
    private static void baseChoice(MobilePlan plan, ObjectNode root) {
        var c = plan.baseChoice();
        if (c == null) { root.putNull("base_choice"); return; }
        ObjectNode n = root.putObject("base_choice").put("base", c.baseFacilityId()).put("settlements_to_visit", c.settlementsToVisit())
                .put("rule", c.rule()).put("team_bases_round_trip_hours_total", round(c.teamBasesSecondsTotal() / 3600.0, 2));
        c.teamBases().forEach(n.putArray("team_bases")::add);
        ArrayNode compared = n.putArray("compared"); // several teams: their bases against every team at the best base
        for (var a : c.compared()) {
            ObjectNode x = compared.addObject();
            a.teamBases().forEach(x.putArray("bases")::add);
            x.put("population_served", a.populationServed()).put("settlements_served", a.settlementsServed())
                    .put("team_hours", round(a.teamSeconds() / 3600.0, 2)).put("distance_km", round(a.distanceMetres() / 1000, 1))
                    .put("chosen", a.chosen());
        }
        ArrayNode options = n.putArray("options");
        for (var o : c.options())
            options.addObject().put("id", o.facilityId()).put("name", o.name()).put("municipality", o.municipality())
                    .put("settlements_reached", o.settlementsReached()).put("round_trip_hours_total", round(o.roundTripSecondsTotal() / 3600.0, 2))
                    .put("mean_one_way_min", round(o.meanOneWaySeconds() / 60.0, 1));
    }

    ObjectNode planJson(MobilePlan plan, String regionCode) {
        MobileRequest r = plan.request();
        ObjectNode root = JSON.createObjectNode();
        root.put("region", regionCode);
        root.put("service", r.serviceTypeId());
        root.put("travel_time_source", plan.travelTimeSource());
        root.put("travel_time_description", plan.travelTimeDescription());
        root.put("facilities_illustrative", plan.facilitiesIllustrative());
        ObjectNode base = root.putObject("base");
        base.put("id", plan.base().id()).put("name", plan.base().name())
                .put("lon", plan.base().location().lon()).put("lat", plan.base().location().lat());
        baseChoice(plan, root);
        ArrayNode teamBases = root.putArray("team_bases"); // where each team starts and ends its days
        for (var b : plan.teamBases())
            teamBases.addObject().put("team", b.team()).put("id", b.base().id()).put("name", b.base().name())
                    .put("lon", b.base().location().lon()).put("lat", b.base().location().lat())
                    .put("settlements_assigned", b.settlementsAssigned());
        ObjectNode params = root.putObject("parameters");
        params.put("teams", r.teams().teamCount()).put("days_per_week", r.teams().daysPerWeek())
                .put("day_hours", r.teams().dayLengthSeconds() / 3600.0).put("frequency_weeks", r.frequency().defaultWeeks())
                .put("horizon_weeks", r.horizonWeeks()).put("threshold_min", r.thresholdSeconds() / 60.0)
                .put("on_site_min", r.onSite().fixedSeconds() / 60.0).put("on_site_seconds_per_resident", r.onSite().secondsPerResident())
                .put("mode", r.teams().mode().label()).put("day_start", clock(0))
                .put("time_window", window(r.defaultWindow()));
        ArrayNode classes = params.putArray("frequency_by_population");
        var byPopulation = r.frequency().byPopulation(); // largest threshold first
        for (int i = byPopulation.size() - 1; i >= 0; i--)
            classes.addObject().put("min_population", byPopulation.get(i).minPopulation())
                    .put("frequency_weeks", byPopulation.get(i).weeks());
        params.put("settlements_with_own_frequency", r.frequency().weeksBySettlement().size())
                .put("settlements_with_own_window", r.timeWindows().size())
                .put("settlements_with_own_on_site", r.onSite().secondsBySettlement().size());
        var t = plan.totals();
        root.putObject("totals").put("population_served", t.populationServed()).put("settlements_served", t.settlementsServed())
                .put("population_unserved", t.populationUnserved()).put("settlements_unserved", t.settlementsUnserved())
                .put("visits", t.visits()).put("team_days", t.teamDays()).put("team_hours", round(t.teamSeconds() / 3600.0, 2))
                .put("driving_hours", round(t.drivingSeconds() / 3600.0, 2)).put("km_driven", round(t.distanceMetres() / 1000, 1));
        teamBalance(plan, root.putObject("team_balance"));
        ArrayNode teams = root.putArray("teams");
        for (TeamLoad load : plan.teamLoads()) {
            int team = load.team();
            ObjectNode tn = teams.addObject().put("team", team).put("visits", load.visits()).put("team_days", load.teamDays())
                    .put("team_hours", round(load.teamSeconds() / 3600.0, 2)).put("driving_hours", round(load.drivingSeconds() / 3600.0, 2))
                    .put("km_driven", round(load.distanceMetres() / 1000, 1)).put("longest_day_hours", round(load.longestDaySeconds() / 3600.0, 2));
            ArrayNode days = tn.putArray("days");
            for (TeamDay d : plan.days()) if (d.team() == team) days.add(dayJson(d));
        }
        ArrayNode served = root.putArray("served");
        for (ServedSettlement s : plan.served())
            served.addObject().put("settlement_id", s.settlementId()).put("name", s.name()).put("population", s.population())
                    .put("access_kind", "mobile").put("frequency_weeks", s.frequencyWeeks()).put("visits", s.visits())
                    .put("visits_per_4_weeks", s.visitsPer4Weeks()).put("team", s.team()).put("day", s.day()).put("first_week", s.firstWeek())
                    .put("time_window", window(r.windowOf(s.settlementId())))
                    .put("on_site_min", round(r.onSite().secondsFor(s.settlementId(), s.population()) / 60.0, 1));
        ArrayNode unserved = root.putArray("unserved");
        for (UnservedSettlement u : plan.unserved())
            unserved.addObject().put("settlement_id", u.settlementId()).put("name", u.name()).put("population", u.population())
                    .put("reason", u.reason().label()).put("message", u.message());
        return root;
    }

    /** Busiest over least busy team's hours (null when a team has no visits), and the extremes. */
    private static void teamBalance(MobilePlan plan, ObjectNode n) {
        List<TeamLoad> loads = plan.teamLoads();
        long max = loads.stream().mapToLong(TeamLoad::teamSeconds).max().orElse(0), min = loads.stream().mapToLong(TeamLoad::teamSeconds).min().orElse(0);
        if (plan.teamBalance().isPresent()) n.put("max_over_min_team_hours", round(plan.teamBalance().getAsDouble(), 3));
        else n.putNull("max_over_min_team_hours");
        n.put("max_team_hours", round(max / 3600.0, 2)).put("min_team_hours", round(min / 3600.0, 2))
                .put("spread_hours", round((max - min) / 3600.0, 2))
                .put("longest_day_hours", round(loads.stream().mapToInt(TeamLoad::longestDaySeconds).max().orElse(0) / 3600.0, 2));
    }

    /** {@code "HH:MM-HH:MM"}, or null for a window that spans the whole day. */
    private String window(TimeWindow w) {
        return w.equals(TimeWindow.ALL_DAY) ? null : clock(w.openSeconds()) + "-" + clock(w.closeSeconds());
    }

    private ObjectNode dayJson(TeamDay d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("week", d.week()).put("day", d.day()).put("team", d.team())
                .put("day_length_min", round(d.dayLengthSeconds() / 60.0, 1)).put("driving_min", round(d.drivingSeconds() / 60.0, 1))
                .put("km", round(d.distanceMetres() / 1000, 2)).put("back_at_base", clock(d.dayLengthSeconds()));
        ArrayNode stops = n.putArray("stops");
        for (Stop s : d.stops())
            stops.addObject().put("order", s.order()).put("settlement_id", s.settlementId()).put("name", s.name())
                    .put("population", s.population()).put("arrival", clock(s.arrivalSeconds())).put("start", clock(s.startSeconds()))
                    .put("departure", clock(s.departureSeconds())).put("arrival_seconds", s.arrivalSeconds())
                    .put("departure_seconds", s.departureSeconds());
        n.set("geometry", lineString(d.geometry()));
        return n;
    }

    static ObjectNode lineString(LineString line) {
        ObjectNode g = JSON.createObjectNode().put("type", "LineString");
        ArrayNode coords = g.putArray("coordinates");
        for (Coordinate c : line.getCoordinates()) coords.addArray().add(round(c.x, 6)).add(round(c.y, 6));
        return g;
    }

    static void writeSolution(VrptwInstance instance, VrptwSolution s, Path json) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("instance", s.instance()).put("method", s.method()).put("vehicles", s.vehicles())
                .put("distance", round(s.distance(), 2)).put("seconds", round(s.seconds(), 3)).put("feasible", s.feasible());
        root.putArray("violations").addAll(s.violations().stream().map(v -> JSON.getNodeFactory().textNode(v)).toList());
        ArrayNode routes = root.putArray("routes");
        for (List<Integer> route : s.routes()) {
            ArrayNode a = routes.addArray();
            route.forEach(node -> a.add(instance.nodes().get(node).id()));
        }
        JsonOutput.write(json, root);
    }

    String clock(int secondsFromStart) {
        long minutes = Math.round((dayStartSeconds + (long) secondsFromStart) / 60.0);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
