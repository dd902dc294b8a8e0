package org.dostap.web.analysis.mobile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.data.output.GeoJsonNodes;
import org.dostap.engine.mobile.AccessKind;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.BaseChooser;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.TeamDay;
import org.dostap.engine.mobile.TeamLoad;
import org.dostap.engine.mobile.TimeWindow;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.dostap.web.analysis.RunProvenance;

import java.util.List;
import java.util.Locale;

/**
 * A mobile plan as one record set, in hours, minutes, kilometres and clock times: the {@code mobile} command's
 * {@code plan.json} and {@code options.json}, and the parts the API's answer shares with them ({@link Base},
 * {@link BaseChoice}). Written by the one snake_case mapper ({@code data/output/JsonOutput}); field names are the files'
 * contract (docs/cli.md, README). Clock times count from {@code dayStartSeconds}.
 */
public final class MobilePlanFiles {
    private static final int ROUTE_DECIMALS = 6;
    private final int dayStartSeconds;

    public MobilePlanFiles(int dayStartSeconds) { this.dayStartSeconds = dayStartSeconds; }

    /** {@code plan.json}. */
    public record Plan(String region, String service, String travelTimeSource, String travelTimeDescription,
                       boolean facilitiesIllustrative, Base base, BaseChoice baseChoice, List<TeamBase> teamBases,
                       Parameters parameters, Totals totals,
                       Balance teamBalance, List<Team> teams, List<Served> served, List<Unserved> unserved,
                       CoverageWithMobile coverageWithMobile, RunProvenance provenance) { }

    public record Base(String id, String name, double lon, double lat) { }

    /**
     * Why the bases are these (null when they were given): {@code base} the best single base; {@code teamBases} one per
     * team, the set with the least travel when each settlement is visited from its nearest base,
     * {@code teamBasesRoundTripHoursTotal} that travel; per candidate centre the settlements a round trip reaches within
     * the working day, the total round-trip hours and the mean one-way minutes, best first.
     */
    public record BaseChoice(String base, int settlementsToVisit, String rule, double teamBasesRoundTripHoursTotal,
                             List<String> teamBases, List<BaseOption> options, List<Alternative> compared) { }

    /** Several teams: the plan from {@code bases} and the plan with every team at the best base, both made; one kept. */
    public record Alternative(List<String> bases, int populationServed, int settlementsServed, double teamHours, double distanceKm,
                              boolean chosen) { }

    /**
     * Where team {@code team} starts and ends its days; {@code settlementsAssigned}: the settlements to visit nearest this
     * base (round trip), served or not, shared by the teams of one base.
     */
    public record TeamBase(int team, String id, String name, double lon, double lat, int settlementsAssigned) { }

    public record BaseOption(String id, String name, String municipality, int settlementsReached, double roundTripHoursTotal,
                             double meanOneWayMin) { }

    public record Parameters(int teams, int daysPerWeek, double dayHours, int frequencyWeeks, int horizonWeeks, double thresholdMin,
                             double onSiteMin, double onSiteSecondsPerResident, String mode, String dayStart, String timeWindow,
                             List<PopulationClass> frequencyByPopulation, int settlementsWithOwnFrequency,
                             int settlementsWithOwnWindow, int settlementsWithOwnOnSite) { }

    public record PopulationClass(int minPopulation, int frequencyWeeks) { }

    public record Totals(long populationServed, int settlementsServed, long populationUnserved, int settlementsUnserved, int visits,
                         int teamDays, double teamHours, double drivingHours, double kmDriven) { }

    /** {@code maxOverMinTeamHours}: busiest over least busy team's hours, null when a team has no visits. */
    public record Balance(Double maxOverMinTeamHours, double maxTeamHours, double minTeamHours, double spreadHours,
                          double longestDayHours) { }

    public record Team(int team, int visits, int teamDays, double teamHours, double drivingHours, double kmDriven,
                       double longestDayHours, List<Day> days) { }

    public record Day(int week, int day, int team, double dayLengthMin, double drivingMin, double km, String backAtBase,
                      List<Stop> stops, JsonNode geometry) { }

    public record Stop(int order, String settlementId, String name, int population, String arrival, String start, String departure,
                       int arrivalSeconds, int departureSeconds) { }

    public record Served(String settlementId, String name, int population, String accessKind, int frequencyWeeks, int visits,
                         @JsonProperty("visits_per_4_weeks") double visitsPer4Weeks, int team, int day, int firstWeek,
                         String timeWindow, double onSiteMin) { }

    public record Unserved(String settlementId, String name, int population, String reason, String message) { }

    /** Residents by how they reach the service once mobile visits count; {@code settlementsFile} lists every settlement. */
    public record CoverageWithMobile(double thresholdMin, long populationFixed, long populationMobile, long populationNone,
                                     String settlementsFile) { }

    /** {@code options.json}: mobile options side by side and the one-new-centre alternative. */
    public record Options(String service, double thresholdMin, int targetSettlements, long targetPopulation,
                          List<MobileOptionRow> mobileOptions, NewCentre oneMoreFixedCentre) { }

    public record MobileOptionRow(String base, int teams, int frequencyWeeks, long populationNewlyReached, int settlementsNewlyReached,
                                  long populationUnserved, double teamHours, double kmDriven, long marginalPopulationOfLastTeam,
                                  double planSeconds) { }

    public record NewCentre(String settlementId, String name, long populationNewlyCovered, int settlementsNewlyCovered, String method) { }

    /** A VRPTW benchmark solution's {@code plan.json}: routes as customer numbers. */
    public record Solution(String instance, String method, int vehicles, double distance, double seconds, boolean feasible,
                           List<String> violations, List<List<Integer>> routes) { }

    public Plan plan(MobilePlan plan, AccessRescore access, String regionCode, RunProvenance provenance) {
        MobileRequest r = plan.request();
        var byPopulation = r.frequency().byPopulation(); // largest threshold first
        List<PopulationClass> classes = new java.util.ArrayList<>();
        for (int i = byPopulation.size() - 1; i >= 0; i--)
            classes.add(new PopulationClass(byPopulation.get(i).minPopulation(), byPopulation.get(i).weeks()));
        Parameters parameters = new Parameters(r.teams().teamCount(), r.teams().daysPerWeek(), r.teams().dayLengthSeconds() / 3600.0,
                r.frequency().defaultWeeks(), r.horizonWeeks(), r.thresholdSeconds() / 60.0, r.onSite().fixedSeconds() / 60.0,
                r.onSite().secondsPerResident(), r.teams().mode().label(), clock(0), window(r.defaultWindow()), classes,
                r.frequency().weeksBySettlement().size(), r.timeWindows().size(), r.onSite().secondsBySettlement().size());
        var t = plan.totals();
        Totals totals = new Totals(t.populationServed(), t.settlementsServed(), t.populationUnserved(), t.settlementsUnserved(),
                t.visits(), t.teamDays(), round(t.teamSeconds() / 3600.0, 2), round(t.drivingSeconds() / 3600.0, 2),
                round(t.distanceMetres() / 1000, 1));
        List<Team> teams = plan.teamLoads().stream().map(load -> new Team(load.team(), load.visits(), load.teamDays(),
                round(load.teamSeconds() / 3600.0, 2), round(load.drivingSeconds() / 3600.0, 2), round(load.distanceMetres() / 1000, 1),
                round(load.longestDaySeconds() / 3600.0, 2),
                plan.days().stream().filter(d -> d.team() == load.team()).map(this::day).toList())).toList();
        List<Served> served = plan.served().stream().map(s -> new Served(s.settlementId(), s.name(), s.population(), "mobile",
                s.frequencyWeeks(), s.visits(), s.visitsPer4Weeks(), s.team(), s.day(), s.firstWeek(), window(r.windowOf(s.settlementId())),
                round(r.onSite().secondsFor(s.settlementId(), s.population()) / 60.0, 1))).toList();
        List<Unserved> unserved = plan.unserved().stream().map(u -> new Unserved(u.settlementId(), u.name(), u.population(),
                u.reason().label(), u.message())).toList();
        CoverageWithMobile coverage = access == null ? null : new CoverageWithMobile(access.thresholdSeconds() / 60.0,
                access.populationByKind().getOrDefault(AccessKind.FIXED, 0), access.populationByKind().getOrDefault(AccessKind.MOBILE, 0),
                access.populationByKind().getOrDefault(AccessKind.NONE, 0), "access.csv");
        return new Plan(regionCode, r.serviceTypeId(), plan.travelTimeSource(), plan.travelTimeDescription(), plan.facilitiesIllustrative(),
                base(plan), baseChoice(plan.baseChoice()), teamBases(plan), parameters, totals, balance(plan), teams, served, unserved, coverage, provenance);
    }

    /** The plan's base: id, name, lon, lat. */
    public static Base base(MobilePlan plan) {
        return new Base(plan.base().id(), plan.base().name(), plan.base().location().lon(), plan.base().location().lat());
    }

    /** Why the base is this one; null when the request named it. */
    public static BaseChoice baseChoice(BaseChooser.BaseChoice c) {
        if (c == null) return null;
        return new BaseChoice(c.baseFacilityId(), c.settlementsToVisit(), c.rule(), round(c.teamBasesSecondsTotal() / 3600.0, 2),
                c.teamBases(), c.options().stream()
                .map(o -> new BaseOption(o.facilityId(), o.name(), o.municipality(), o.settlementsReached(),
                        round(o.roundTripSecondsTotal() / 3600.0, 2), round(o.meanOneWaySeconds() / 60.0, 1))).toList(),
                c.compared().stream().map(a -> new Alternative(a.teamBases(), a.populationServed(), a.settlementsServed(),
                        round(a.teamSeconds() / 3600.0, 2), round(a.distanceMetres() / 1000, 1), a.chosen())).toList());
    }

    /** Where each team starts and ends its days. */
    public static List<TeamBase> teamBases(MobilePlan plan) {
        return plan.teamBases().stream().map(b -> new TeamBase(b.team(), b.base().id(), b.base().name(), b.base().location().lon(),
                b.base().location().lat(), b.settlementsAssigned())).toList();
    }

    private static Balance balance(MobilePlan plan) {
        List<TeamLoad> loads = plan.teamLoads();
        long max = loads.stream().mapToLong(TeamLoad::teamSeconds).max().orElse(0), min = loads.stream().mapToLong(TeamLoad::teamSeconds).min().orElse(0);
        return new Balance(plan.teamBalance().isPresent() ? round(plan.teamBalance().getAsDouble(), 3) : null,
                round(max / 3600.0, 2), round(min / 3600.0, 2), round((max - min) / 3600.0, 2),
                round(loads.stream().mapToInt(TeamLoad::longestDaySeconds).max().orElse(0) / 3600.0, 2));
    }

    private Day day(TeamDay d) {
        return new Day(d.week(), d.day(), d.team(), round(d.dayLengthSeconds() / 60.0, 1), round(d.drivingSeconds() / 60.0, 1),
                round(d.distanceMetres() / 1000, 2), clock(d.dayLengthSeconds()),
                d.stops().stream().map(s -> new Stop(s.order(), s.settlementId(), s.name(), s.population(), clock(s.arrivalSeconds()),
                        clock(s.startSeconds()), clock(s.departureSeconds()), s.arrivalSeconds(), s.departureSeconds())).toList(),
                GeoJsonNodes.geometry(d.geometry(), ROUTE_DECIMALS));
    }

    public static Options options(GapComparison c) {
        return new Options(c.serviceTypeId(), c.thresholdSeconds() / 60.0, c.targetSettlements(), c.targetPopulation(),
                c.options().stream().map(o -> new MobileOptionRow(o.baseFacilityId(), o.teams(), o.frequencyWeeks(), o.populationReached(),
                        o.settlementsReached(), o.populationUnserved(), round(o.teamHours(), 2), round(o.kmDriven(), 1),
                        o.marginalPopulationOfLastTeam(), round(o.planSeconds(), 3))).toList(),
                c.newCentre().map(n -> new NewCentre(n.settlementId(), n.name(), n.populationNewlyCovered(), n.settlementsNewlyCovered(),
                        n.method())).orElse(null));
    }

    public static Solution solution(VrptwInstance instance, VrptwSolution s) {
        return new Solution(s.instance(), s.method(), s.vehicles(), round(s.distance(), 2), round(s.seconds(), 3), s.feasible(),
                s.violations(), s.routes().stream().<List<Integer>>map(route -> route.stream()
                        .map(node -> instance.nodes().get(node).id()).toList()).toList());
    }

    /** {@code "HH:MM-HH:MM"}, or null for a window that spans the whole day. */
    private String window(TimeWindow w) {
        return w.equals(TimeWindow.ALL_DAY) ? null : clock(w.openSeconds()) + "-" + clock(w.closeSeconds());
    }

    public String clock(int secondsFromStart) {
        long minutes = Math.round((dayStartSeconds + (long) secondsFromStart) / 60.0);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
