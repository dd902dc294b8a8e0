package org.dostap.web.http.mobile;

import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.PlanTotals;
import org.dostap.engine.mobile.ServedSettlement;
import org.dostap.engine.mobile.Stop;
import org.dostap.engine.mobile.TeamDay;
import org.dostap.engine.mobile.TimeWindow;
import org.dostap.engine.mobile.UnservedSettlement;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.Settlement;
import org.dostap.web.http.json.GeoJson;

import java.util.List;
import java.util.Map;

/**
 * A mobile plan at the API edge: minutes, hours and kilometres; clock times from {@code dayStartSeconds};
 * each team-day's route as a GeoJSON LineString (lon/lat).
 */
final class MobilePlanJson {
    private final GeoJson geoJson;
    private final int dayStartSeconds;

    MobilePlanJson(GeoJson geoJson, int dayStartSeconds) {
        this.geoJson = geoJson;
        this.dayStartSeconds = dayStartSeconds;
    }

    record Plan(String region, String service, Base base, int teams, int daysPerWeek, int horizonWeeks, String dayStart,
                Totals totals, List<TeamJson> teamLoads, Balance teamBalance, List<Day> days, List<Served> served, List<Unserved> unserved, String travelTimeSource,
                String travelTimeDescription, boolean facilitiesIllustrative, double planSeconds, BaseChoice baseChoice,
                List<TeamBaseJson> teamBases) { }

    /**
     * Where team {@code team} starts and ends its days; {@code settlementsAssigned}: the settlements to visit nearest this
     * base (round trip), served or not, shared by the teams of one base.
     */
    record TeamBaseJson(int team, String id, String name, double lon, double lat, int settlementsAssigned) { }

    /**
     * Why the bases are these (null when the request named them): {@code base} the best single base; {@code teamBases} one
     * per team, the set with the least travel when each settlement is visited from its nearest base (the plan's teams
     * start from them), {@code teamBasesRoundTripHoursTotal} that travel; per candidate centre the settlements a round
     * trip reaches within the working day, the total round-trip hours and the mean one-way minutes, best first.
     */
    record BaseChoice(String base, List<String> teamBases, double teamBasesRoundTripHoursTotal, int settlementsToVisit, String rule,
                      List<BaseOptionJson> options, List<AlternativeJson> compared) { }

    /** Several teams: the plan from {@code teamBases} and the plan with every team at {@code base}, both made; one kept. */
    record AlternativeJson(List<String> bases, int populationServed, int settlementsServed, double teamHours, double distanceKm,
                           boolean chosen) { }

    record BaseOptionJson(String id, String name, String municipality, int settlementsReached, double roundTripHoursTotal,
                          double meanOneWayMin) { }

    record Base(String id, String name, double lon, double lat) { }

    /** {@code populationNewlyReached}: residents of the served settlements, all beyond the threshold of the fixed centres. */
    record Totals(int populationNewlyReached, int settlementsServed, int populationUnserved, int settlementsUnserved, int visits,
                  int teamDays, double teamHours, double drivingHours, double distanceKm) { }

    /** One team's work over the horizon. */
    record TeamJson(int team, int visits, int teamDays, double teamHours, double drivingHours, double distanceKm, double longestDayHours) { }

    /** {@code maxOverMinTeamHours}: busiest over least busy team's hours, null when a team has no visits. */
    record Balance(Double maxOverMinTeamHours, double maxTeamHours, double minTeamHours, double spreadHours) { }

    record Day(int week, int day, int team, double dayHours, double drivingHours, double distanceKm, String end,
               JsonNode route, List<StopJson> stops) { }

    record StopJson(int order, String settlementId, String name, int population, double arrivalMin, String arrival,
                    String start, String departure, double lon, double lat) { }

    /** {@code timeWindow}: when visits start, {@code "HH:MM-HH:MM"}, null for any time of the day. */
    record Served(String settlementId, String name, int population, int frequencyWeeks, int visits, int team, int day,
                  int firstWeek, String timeWindow, double onSiteMin, double lon, double lat) { }

    record Unserved(String settlementId, String name, int population, String reason, String message, Double lon, Double lat) { }

    Plan from(MobilePlan plan, String regionCode, Facility base, Map<String, Settlement> settlements) {
        PlanTotals t = plan.totals();
        Totals totals = new Totals(t.populationServed(), t.settlementsServed(), t.populationUnserved(), t.settlementsUnserved(),
                t.visits(), t.teamDays(), hours(t.teamSeconds()), hours(t.drivingSeconds()), km(t.distanceMetres()));
        List<Day> days = plan.days().stream().map(d -> day(d, settlements)).toList();
        List<Served> served = plan.served().stream().map(s -> served(plan, s, settlements.get(s.settlementId()))).toList();
        List<TeamJson> loads = plan.teamLoads().stream().map(l -> new TeamJson(l.team(), l.visits(), l.teamDays(), hours(l.teamSeconds()),
                hours(l.drivingSeconds()), km(l.distanceMetres()), hours(l.longestDaySeconds()))).toList();
        double max = loads.stream().mapToDouble(TeamJson::teamHours).max().orElse(0), min = loads.stream().mapToDouble(TeamJson::teamHours).min().orElse(0);
        Balance balance = new Balance(plan.teamBalance().isPresent() ? Math.round(plan.teamBalance().getAsDouble() * 1000) / 1000.0 : null,
                max, min, Math.round((max - min) * 100) / 100.0);
        List<Unserved> unserved = plan.unserved().stream().map(u -> unserved(u, settlements.get(u.settlementId()))).toList();
        var teams = plan.request().teams();
        return new Plan(regionCode, plan.request().serviceTypeId(), new Base(base.id(), base.name(), base.location().lon(),
                base.location().lat()), teams.teamCount(), teams.daysPerWeek(), plan.request().horizonWeeks(), clock(0), totals,
                loads, balance, days, served, unserved, plan.travelTimeSource(), plan.travelTimeDescription(), plan.facilitiesIllustrative(),
                Math.round(plan.planSeconds() * 100) / 100.0, baseChoice(plan.baseChoice()), plan.teamBases().stream()
                .map(b -> new TeamBaseJson(b.team(), b.base().id(), b.base().name(), b.base().location().lon(), b.base().location().lat(),
                        b.settlementsAssigned())).toList());
    }

    private static BaseChoice baseChoice(org.dostap.engine.mobile.BaseChooser.BaseChoice c) {
        if (c == null) return null;
        return new BaseChoice(c.baseFacilityId(), c.teamBases(), hours(c.teamBasesSecondsTotal()), c.settlementsToVisit(), c.rule(), c.options().stream()
                .map(o -> new BaseOptionJson(o.facilityId(), o.name(), o.municipality(), o.settlementsReached(),
                        Math.round(o.roundTripSecondsTotal() / 36.0) / 100.0, Math.round(o.meanOneWaySeconds() / 6.0) / 10.0)).toList(),
                c.compared().stream().map(a -> new AlternativeJson(a.teamBases(), a.populationServed(), a.settlementsServed(),
                        hours(a.teamSeconds()), km(a.distanceMetres()), a.chosen())).toList());
    }

    private Day day(TeamDay d, Map<String, Settlement> settlements) {
        List<StopJson> stops = d.stops().stream().map(s -> stop(s, settlements.get(s.settlementId()))).toList();
        return new Day(d.week(), d.day(), d.team(), hours(d.dayLengthSeconds()), hours(d.drivingSeconds()), km(d.distanceMetres()),
                clock(d.dayLengthSeconds()), d.geometry() == null ? null : geoJson.geometry(d.geometry()), stops);
    }

    private StopJson stop(Stop s, Settlement x) {
        return new StopJson(s.order(), s.settlementId(), s.name(), s.population(), Math.round(s.arrivalSeconds() / 6.0) / 10.0,
                clock(s.arrivalSeconds()), clock(s.startSeconds()), clock(s.departureSeconds()),
                x == null ? 0 : x.location().lon(), x == null ? 0 : x.location().lat());
    }

    private Served served(MobilePlan plan, ServedSettlement s, Settlement x) {
        TimeWindow w = plan.request().windowOf(s.settlementId());
        return new Served(s.settlementId(), s.name(), s.population(), s.frequencyWeeks(), s.visits(), s.team(), s.day(), s.firstWeek(),
                w.equals(TimeWindow.ALL_DAY) ? null : clock(w.openSeconds()) + "-" + clock(w.closeSeconds()),
                Math.round(plan.request().onSite().secondsFor(s.settlementId(), s.population()) / 6.0) / 10.0,
                x.location().lon(), x.location().lat());
    }

    private static Unserved unserved(UnservedSettlement u, Settlement x) {
        return new Unserved(u.settlementId(), u.name(), u.population(), u.reason().label(), u.message(),
                x == null ? null : x.location().lon(), x == null ? null : x.location().lat());
    }

    private String clock(int secondsAfterStart) {
        int minutes = (int) Math.round((dayStartSeconds + secondsAfterStart) / 60.0);
        return String.format("%02d:%02d", (minutes / 60) % 24, minutes % 60);
    }

    private static double hours(long seconds) { return Math.round(seconds / 36.0) / 100.0; }

    private static double km(double metres) { return Math.round(metres / 100.0) / 10.0; }
}
