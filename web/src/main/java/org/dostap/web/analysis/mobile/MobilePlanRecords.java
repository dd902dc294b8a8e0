package org.dostap.web.analysis.mobile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.dostap.data.output.GeoJsonNodes;
import org.dostap.engine.mobile.AccessKind;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.BaseChooser;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.RescoredSettlement;
import org.dostap.engine.mobile.TeamDay;
import org.dostap.engine.mobile.TimeWindow;
import org.dostap.engine.mobile.vrptw.VrptwInstance;
import org.dostap.engine.mobile.vrptw.VrptwSolution;
import org.dostap.engine.region.AdminArea;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeMatrix;
import org.dostap.web.analysis.RunProvenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mobile plan's result as one record set, in hours, minutes, kilometres and clock times: the API's answers
 * ({@code POST /mobile}, {@code /mobile/options}) and the {@code mobile} command's {@code plan.json} and
 * {@code options.json} are these records, written by the one snake_case mapper, so both edges use one name per concept
 * (docs/glossary.md: {@code population_served}, {@code distance_km}, {@code team_loads}, ...). An edge may leave a
 * field out (the command writes no {@code plan_seconds}, so that the same input gives the same plan.json byte for
 * byte) but never renames one. Clock times count from {@code dayStartSeconds}.
 */
public final class MobilePlanRecords {
    /** Route coordinates: 5 decimals, about 1 m. */
    private static final int ROUTE_DECIMALS = 5;
    private final int dayStartSeconds;

    public MobilePlanRecords(int dayStartSeconds) { this.dayStartSeconds = dayStartSeconds; }

    /**
     * A plan ({@code plan.json}, the answer of {@code POST /mobile}): the bases and why, the request's parameters,
     * totals, each team's load and the balance between teams, every team-day with its stops and route, the settlements
     * served and unserved, the access re-scored with the visits (null unless asked), the wall-clock seconds spent
     * planning (null in files), and where it came from.
     */
    public record Plan(String region, String service, String travelTimeSource, String travelTimeDescription,
                       boolean facilitiesIllustrative, Base base, BaseChoice baseChoice, List<TeamBase> teamBases,
                       Parameters parameters, Totals totals, Balance teamBalance, List<TeamLoad> teamLoads, List<Day> days,
                       List<Served> served, List<Unserved> unserved, @JsonInclude(JsonInclude.Include.NON_NULL) Access access,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Double planSeconds, RunProvenance provenance) { }

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

    /**
     * The request as planned: {@code teams} the number of teams, {@code dayHours} the longest working day allowed,
     * {@code mode} how the teams travel, {@code accessMode} how people reach the fixed centres (the settlements to visit
     * are those beyond the threshold in it).
     */
    public record Parameters(int teams, int daysPerWeek, double dayHours, int frequencyWeeks, int horizonWeeks, double thresholdMin,
                             double onSiteMin, double onSiteSecondsPerResident, String mode, String accessMode, String dayStart, String timeWindow,
                             List<PopulationClass> frequencyByPopulation, int settlementsWithOwnFrequency,
                             int settlementsWithOwnWindow, int settlementsWithOwnOnSite) { }

    public record PopulationClass(int minPopulation, int frequencyWeeks) { }

    /** {@code populationServed}: residents of the settlements the plan visits, all beyond the fixed centres' threshold. */
    public record Totals(long populationServed, int settlementsServed, long populationUnserved, int settlementsUnserved, int visits,
                         int teamDays, double teamHours, double drivingHours, double distanceKm) { }

    /** {@code maxOverMinTeamHours}: busiest over least busy team's hours, null when a team has no visits. */
    public record Balance(Double maxOverMinTeamHours, double maxTeamHours, double minTeamHours, double spreadHours,
                          double longestDayHours) { }

    /** One team's work over the horizon (teams without visits included). */
    public record TeamLoad(int team, int visits, int teamDays, double teamHours, double drivingHours, double distanceKm,
                           double longestDayHours) { }

    /**
     * One team-day: its length and driving time (minutes), distance, the clock time back at the base, the stops, and the
     * route as a GeoJSON LineString (lon/lat; road legs, or straight lines when travel times are estimated; null without
     * stops).
     */
    public record Day(int week, int day, int team, double dayLengthMin, double drivingMin, double distanceKm, String backAtBase,
                      List<Stop> stops, JsonNode route) { }

    /** A visit: clock times, and the same as minutes after the day's start; the settlement's point (null when unknown). */
    public record Stop(int order, String settlementId, String name, int population, Double lon, Double lat, String arrival,
                       String start, String departure, double arrivalMin, double startMin, double departureMin) { }

    /** {@code timeWindow}: when visits start, {@code "HH:MM-HH:MM"}, null for any time of the day. */
    public record Served(String settlementId, String name, int population, Double lon, Double lat, String accessKind,
                         int frequencyWeeks, int visits, @JsonProperty("visits_per_4_weeks") double visitsPer4Weeks, int team,
                         int day, int firstWeek, String timeWindow, double onSiteMin) { }

    public record Unserved(String settlementId, String name, int population, Double lon, Double lat, String reason, String message) { }

    /**
     * Every settlement's access once the plan's visits count: {@code fixed} (a fixed centre of the service within the
     * threshold), {@code mobile} (visited by the plan) or {@code none}; population and settlements per kind, in the
     * region and per municipality. The command's {@code access.csv} has the same rows.
     */
    public record Access(double thresholdMin, KindCounts total, List<AreaAccess> byMunicipality, List<SettlementAccess> settlements) { }

    public record KindCounts(long populationFixed, long populationMobile, long populationNone, int settlementsFixed,
                             int settlementsMobile, int settlementsNone) { }

    public record AreaAccess(String code, String nameBg, String nameEn, KindCounts counts) { }

    /** {@code nearestFixedMin}: null when no fixed centre of the service is reachable; {@code visitsPer4Weeks}: 0 unless mobile. */
    public record SettlementAccess(String settlementId, String name, String municipality, int population, String accessKind,
                                   Double nearestFixedMin, @JsonProperty("visits_per_4_weeks") double visitsPer4Weeks) { }

    /**
     * Mobile options side by side and the one-new-fixed-centre alternative (null when none helps): {@code options.json},
     * the answer of {@code POST /mobile/options}.
     */
    public record Options(String region, String service, double thresholdMin, int targetSettlements, long targetPopulation,
                          List<Option> mobileOptions, NewCentre oneMoreFixedCentre, String travelTimeSource,
                          boolean facilitiesIllustrative, RunProvenance provenance) { }

    /**
     * One option (base x teams x visit interval); its totals are named as a plan's ({@link Totals});
     * {@code marginalPopulationOfLastTeam}: what the last team adds over one team fewer (for one team: all).
     */
    public record Option(String base, String baseName, int teams, int frequencyWeeks, long populationServed, int settlementsServed,
                         long populationUnserved, double teamHours, double distanceKm, long marginalPopulationOfLastTeam,
                         double planSeconds) { }

    public record NewCentre(String settlementId, String name, long populationNewlyCovered, int settlementsNewlyCovered, String method) { }

    /** A VRPTW benchmark solution's {@code plan.json}: routes as customer numbers; the instance file in the provenance. */
    public record Solution(String instance, String method, int vehicles, double distance, double seconds, boolean feasible,
                           List<String> violations, List<List<Integer>> routes, RunProvenance provenance) { }

    /**
     * @param access      the re-scored access, or null
     * @param planSeconds the seconds spent planning, or null to leave them out
     */
    /** The access threshold the plan used: the request's, or (0 there) the service's standard in the access mode. */
    private static int thresholdSeconds(MobileRequest r, RegionData region) {
        if (r.thresholdSeconds() > 0) return r.thresholdSeconds();
        return region.services().find(r.serviceTypeId()).map(type -> type.standardSeconds(r.accessMode())).orElse(0);
    }

    public Plan plan(MobilePlan plan, AccessRescore access, RegionData region, Double planSeconds, RunProvenance provenance) {
        MobileRequest r = plan.request();
        Map<String, Settlement> settlements = region.settlementsById();
        var byPopulation = r.frequency().byPopulation(); // largest threshold first
        List<PopulationClass> classes = new java.util.ArrayList<>();
        for (int i = byPopulation.size() - 1; i >= 0; i--)
            classes.add(new PopulationClass(byPopulation.get(i).minPopulation(), byPopulation.get(i).weeks()));
        Parameters parameters = new Parameters(r.teams().teamCount(), r.teams().daysPerWeek(), r.teams().dayLengthSeconds() / 3600.0,
                r.frequency().defaultWeeks(), r.horizonWeeks(), thresholdSeconds(r, region) / 60.0, r.onSite().fixedSeconds() / 60.0,
                r.onSite().secondsPerResident(), r.teams().mode().label(), r.accessMode().label(), clock(0), window(r.defaultWindow()), classes,
                r.frequency().weeksBySettlement().size(), r.timeWindows().size(), r.onSite().secondsBySettlement().size());
        var t = plan.totals();
        Totals totals = new Totals(t.populationServed(), t.settlementsServed(), t.populationUnserved(), t.settlementsUnserved(),
                t.visits(), t.teamDays(), hours(t.teamSeconds()), hours(t.drivingSeconds()), km(t.distanceMetres()));
        List<TeamLoad> loads = plan.teamLoads().stream().map(load -> new TeamLoad(load.team(), load.visits(), load.teamDays(),
                hours(load.teamSeconds()), hours(load.drivingSeconds()), km(load.distanceMetres()), hours(load.longestDaySeconds()))).toList();
        List<Day> days = plan.days().stream().map(d -> day(d, settlements)).toList();
        List<Served> served = plan.served().stream().map(s -> {
            Settlement x = settlements.get(s.settlementId());
            return new Served(s.settlementId(), s.name(), s.population(), lon(x), lat(x), "mobile", s.frequencyWeeks(), s.visits(),
                    round(s.visitsPer4Weeks(), 2), s.team(), s.day(), s.firstWeek(), window(r.windowOf(s.settlementId())),
                    round(r.onSite().secondsFor(s.settlementId(), s.population()) / 60.0, 1));
        }).toList();
        List<Unserved> unserved = plan.unserved().stream().map(u -> {
            Settlement x = settlements.get(u.settlementId());
            return new Unserved(u.settlementId(), u.name(), u.population(), lon(x), lat(x), u.reason().label(), u.message());
        }).toList();
        return new Plan(region.code(), r.serviceTypeId(), plan.travelTimeSource(), plan.travelTimeDescription(), plan.facilitiesIllustrative(),
                base(plan), baseChoice(plan.baseChoice()), teamBases(plan), parameters, totals, balance(plan), loads, days, served,
                unserved, access == null ? null : access(access, region), planSeconds == null ? null : round(planSeconds, 2), provenance);
    }

    private static Base base(MobilePlan plan) {
        return new Base(plan.base().id(), plan.base().name(), plan.base().location().lon(), plan.base().location().lat());
    }

    private static BaseChoice baseChoice(BaseChooser.BaseChoice c) {
        if (c == null) return null;
        return new BaseChoice(c.baseFacilityId(), c.settlementsToVisit(), c.rule(), hours(c.teamBasesSecondsTotal()),
                c.teamBases(), c.options().stream()
                .map(o -> new BaseOption(o.facilityId(), o.name(), o.municipality(), o.settlementsReached(),
                        hours(o.roundTripSecondsTotal()), round(o.meanOneWaySeconds() / 60.0, 1))).toList(),
                c.compared().stream().map(a -> new Alternative(a.teamBases(), a.populationServed(), a.settlementsServed(),
                        hours(a.teamSeconds()), km(a.distanceMetres()), a.chosen())).toList());
    }

    private static List<TeamBase> teamBases(MobilePlan plan) {
        return plan.teamBases().stream().map(b -> new TeamBase(b.team(), b.base().id(), b.base().name(), b.base().location().lon(),
                b.base().location().lat(), b.settlementsAssigned())).toList();
    }

    private static Balance balance(MobilePlan plan) {
        List<org.dostap.engine.mobile.TeamLoad> loads = plan.teamLoads();
        long max = loads.stream().mapToLong(org.dostap.engine.mobile.TeamLoad::teamSeconds).max().orElse(0);
        long min = loads.stream().mapToLong(org.dostap.engine.mobile.TeamLoad::teamSeconds).min().orElse(0);
        return new Balance(plan.teamBalance().isPresent() ? round(plan.teamBalance().getAsDouble(), 3) : null, hours(max), hours(min),
                hours(max - min), hours(loads.stream().mapToInt(org.dostap.engine.mobile.TeamLoad::longestDaySeconds).max().orElse(0)));
    }

    private Day day(TeamDay d, Map<String, Settlement> settlements) {
        return new Day(d.week(), d.day(), d.team(), minutes(d.dayLengthSeconds()), minutes(d.drivingSeconds()),
                km(d.distanceMetres()), clock(d.dayLengthSeconds()),
                d.stops().stream().map(s -> {
                    Settlement x = settlements.get(s.settlementId());
                    return new Stop(s.order(), s.settlementId(), s.name(), s.population(), lon(x), lat(x), clock(s.arrivalSeconds()),
                            clock(s.startSeconds()), clock(s.departureSeconds()), minutes(s.arrivalSeconds()), minutes(s.startSeconds()),
                            minutes(s.departureSeconds()));
                }).toList(),
                d.geometry() == null ? null : GeoJsonNodes.geometry(d.geometry(), ROUTE_DECIMALS));
    }

    /** Every settlement's access once the visits count, in the region and per municipality (those with settlements). */
    public static Access access(AccessRescore a, RegionData region) {
        Map<String, long[]> byArea = new LinkedHashMap<>(); // municipality -> population and settlements per kind
        region.municipalities().forEach(m -> byArea.put(m.code(), new long[6]));
        long[] total = new long[6];
        List<SettlementAccess> rows = new java.util.ArrayList<>();
        for (RescoredSettlement s : a.settlements()) {
            int k = s.accessKind().ordinal();
            for (long[] c : new long[][] {total, byArea.computeIfAbsent(s.municipality(), x -> new long[6])}) {
                c[k] += s.population();
                c[3 + k]++;
            }
            rows.add(new SettlementAccess(s.settlementId(), s.name(), s.municipality(), s.population(), s.accessKind().label(),
                    s.nearestFixedSeconds() == TravelTimeMatrix.UNREACHABLE ? null : minutes(s.nearestFixedSeconds()),
                    round(s.visitsPer4Weeks(), 2)));
        }
        Map<String, AdminArea> areas = new LinkedHashMap<>();
        region.municipalities().forEach(m -> areas.put(m.code(), m));
        List<AreaAccess> municipalities = byArea.entrySet().stream().filter(e -> e.getValue()[3] + e.getValue()[4] + e.getValue()[5] > 0)
                .map(e -> {
                    AdminArea m = areas.get(e.getKey());
                    return new AreaAccess(e.getKey(), m == null ? e.getKey() : m.nameBg(), m == null ? e.getKey() : m.nameEn(), counts(e.getValue()));
                }).toList();
        return new Access(a.thresholdSeconds() / 60.0, counts(total), municipalities, rows);
    }

    private static KindCounts counts(long[] c) {
        int f = AccessKind.FIXED.ordinal(), m = AccessKind.MOBILE.ordinal(), n = AccessKind.NONE.ordinal();
        return new KindCounts(c[f], c[m], c[n], (int) c[3 + f], (int) c[3 + m], (int) c[3 + n]);
    }

    /** The options compared on {@code region} (its facilities name the bases). */
    public static Options options(GapComparison c, RegionData region, String travelTimeSource, RunProvenance provenance) {
        return new Options(region.code(), c.serviceTypeId(), c.thresholdSeconds() / 60.0, c.targetSettlements(), c.targetPopulation(),
                c.options().stream().map(o -> new Option(o.baseFacilityId(),
                        region.findFacility(o.baseFacilityId()).map(f -> f.name()).orElse(o.baseFacilityId()), o.teams(), o.frequencyWeeks(),
                        o.populationReached(), o.settlementsReached(), o.populationUnserved(), round(o.teamHours(), 2),
                        round(o.kmDriven(), 1), o.marginalPopulationOfLastTeam(), round(o.planSeconds(), 3))).toList(),
                c.newCentre().map(n -> new NewCentre(n.settlementId(), n.name(), n.populationNewlyCovered(), n.settlementsNewlyCovered(),
                        n.method())).orElse(null), travelTimeSource, region.anyIllustrativeFacility(), provenance);
    }

    public static Solution solution(VrptwInstance instance, VrptwSolution s, RunProvenance provenance) {
        return new Solution(s.instance(), s.method(), s.vehicles(), round(s.distance(), 2), round(s.seconds(), 3), s.feasible(),
                s.violations(), s.routes().stream().<List<Integer>>map(route -> route.stream()
                        .map(node -> instance.nodes().get(node).id()).toList()).toList(), provenance);
    }

    /** {@code "HH:MM-HH:MM"}, or null for a window that spans the whole day. */
    private String window(TimeWindow w) {
        return w.equals(TimeWindow.ALL_DAY) ? null : clock(w.openSeconds()) + "-" + clock(w.closeSeconds());
    }

    /** The clock time {@code secondsFromStart} after the working day's start, {@code HH:MM}. */
    public String clock(int secondsFromStart) {
        long minutes = Math.round((dayStartSeconds + (long) secondsFromStart) / 60.0);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static Double lon(Settlement s) { return s == null ? null : s.location().lon(); }

    private static Double lat(Settlement s) { return s == null ? null : s.location().lat(); }

    private static double hours(double seconds) { return round(seconds / 3600.0, 2); }

    private static double minutes(double seconds) { return round(seconds / 60.0, 1); }

    private static double km(double metres) { return round(metres / 1000, 1); }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
