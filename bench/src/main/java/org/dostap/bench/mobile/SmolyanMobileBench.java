package org.dostap.bench.mobile;

import org.dostap.bench.BenchArgs;
import org.dostap.bench.BenchReport;
import org.dostap.data.bundled.BundledRegionStore;
import org.dostap.engine.mobile.AccessKind;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.GapClosingService;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobileOption;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.MobilePlanner;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.mobile.MobileTeams;
import org.dostap.engine.mobile.OnSiteTime;
import org.dostap.engine.mobile.ServedSettlement;
import org.dostap.engine.mobile.VisitFrequency;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.EstimatedTravelTimes;
import org.dostap.engine.traveltime.TravelMode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Smolyan pilot: mobile teams for the settlements beyond {@code thresholds} minutes (default 30, plus
 * tighter ones to load the planner) from the illustrative Community Support Centres, estimated travel times,
 * 4-week horizon, fortnightly visits, 1..3 teams, every centre as a candidate base. Reports plan time and
 * population reached per option, and as baseline in the same run the km of a naive plan (every visit its
 * own round trip from the same base). For the best base: hours, visits and km per team, the balance figure
 * (busiest / least busy team hours), and whether planning again gives the same plan.
 * Args: {@code thresholds=30,20,15 teams=3 frequency=2 horizon=4 day_hours=8 on_site_min=60 out=bench/results}.
 */
public final class SmolyanMobileBench {
    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        int maxTeams = a.integer("teams", 3);
        int frequency = a.integer("frequency", 2);
        int horizon = a.integer("horizon", 4);
        double dayHours = a.decimal("day_hours", 8);
        int onSite = (int) Math.round(a.decimal("on_site_min", 60) * 60);
        List<Integer> thresholdsMin = a.integers("thresholds", "30,20,15");
        BenchReport report = new BenchReport("mobile-smolyan", a);
        RegionData sml = new BundledRegionStore().getRegion("SML");
        EstimatedTravelTimes travel = EstimatedTravelTimes.defaults();
        List<String> bases = sml.facilitiesOf("community-support").stream().map(Facility::id).toList();
        report.put("settlements", sml.settlements().size()).put("population", sml.settlements().stream()
                .mapToInt(s -> s.population(sml.defaultPopulationColumn())).sum()).put("candidate_bases", bases.size())
                .put("travel_time_source", travel.description());
        new MobilePlanner().plan(sml, travel, request(bases.get(0), 1, frequency, horizon, dayHours, onSite, 30 * 60)); // warm-up: native library, JIT

        List<Map<String, Object>> runs = new ArrayList<>();
        for (int thresholdMin : thresholdsMin) {
            int threshold = thresholdMin * 60;
            MobileRequest template = request(bases.get(0), 1, frequency, horizon, dayHours, onSite, threshold);
            long start = System.nanoTime();
            GapComparison c = new GapClosingService().compare(sml, travel, template, bases, maxTeams, List.of(frequency));
            double compareSeconds = (System.nanoTime() - start) / 1e9;
            MobileOption best = c.options().stream().filter(o -> o.teams() == 1)
                    .max((x, y) -> Integer.compare(x.populationReached(), y.populationReached())).orElseThrow();
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("threshold_min", threshold / 60);
            run.put("target_settlements", c.targetSettlements());
            run.put("target_population", c.targetPopulation());
            run.put("plans", c.options().size());
            run.put("compare_seconds", round(compareSeconds));
            run.put("max_plan_seconds", round(c.options().stream().mapToDouble(MobileOption::planSeconds).max().orElse(0)));
            run.put("mean_plan_seconds", round(c.options().stream().mapToDouble(MobileOption::planSeconds).average().orElse(0)));
            run.put("best_base_one_team", best.baseFacilityId());
            List<Map<String, Object>> byTeams = new ArrayList<>();
            for (int teams = 1; teams <= maxTeams; teams++) {
                MobilePlan plan = new MobilePlanner().plan(sml, travel, request(best.baseFacilityId(), teams, frequency, horizon, dayHours, onSite, threshold));
                double naiveKm = naiveKm(sml, travel, plan);
                AccessRescore rescore = AccessRescore.of(sml, travel, plan);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("teams", teams);
                row.put("plan_seconds", round(plan.planSeconds()));
                row.put("population_reached", plan.totals().populationServed());
                row.put("settlements_reached", plan.totals().settlementsServed());
                row.put("population_unserved", plan.totals().populationUnserved());
                row.put("team_days", plan.totals().teamDays());
                row.put("team_hours", round(plan.totals().teamSeconds() / 3600.0));
                row.put("km_driven", round(plan.totals().distanceMetres() / 1000));
                row.put("naive_km_same_visits", round(naiveKm));
                row.put("km_ratio_to_naive", naiveKm == 0 ? null : round(plan.totals().distanceMetres() / 1000 / naiveKm));
                row.put("team_hours_by_team", plan.teamLoads().stream().map(l -> round(l.teamSeconds() / 3600.0)).toList());
                row.put("visits_by_team", plan.teamLoads().stream().map(l -> l.visits()).toList());
                row.put("km_by_team", plan.teamLoads().stream().map(l -> round(l.distanceMetres() / 1000)).toList());
                row.put("balance_max_over_min_team_hours", plan.teamBalance().isPresent() ? round(plan.teamBalance().getAsDouble()) : null);
                row.put("longest_day_hours", round(plan.teamLoads().stream().mapToInt(l -> l.longestDaySeconds()).max().orElse(0) / 3600.0));
                MobilePlan again = new MobilePlanner().plan(sml, travel, request(best.baseFacilityId(), teams, frequency, horizon, dayHours, onSite, threshold));
                row.put("same_plan_twice", again.days().equals(plan.days()) && again.served().equals(plan.served()));
                row.put("population_fixed_mobile_none", List.of(rescore.populationByKind().get(AccessKind.FIXED),
                        rescore.populationByKind().get(AccessKind.MOBILE), rescore.populationByKind().get(AccessKind.NONE)));
                byTeams.add(row);
            }
            run.put("best_base_by_teams", byTeams);
            c.newCentre().ifPresent(n -> run.put("one_new_centre", Map.of("settlement_id", n.settlementId(), "name", n.name(),
                    "population_newly_covered", n.populationNewlyCovered(), "settlements_newly_covered", n.settlementsNewlyCovered())));
            List<Map<String, Object>> options = new ArrayList<>();
            for (MobileOption o : c.options()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("base", o.baseFacilityId());
                m.put("teams", o.teams());
                m.put("population_reached", o.populationReached());
                m.put("marginal_population_of_last_team", o.marginalPopulationOfLastTeam());
                m.put("team_hours", round(o.teamHours()));
                m.put("km", round(o.kmDriven()));
                m.put("plan_seconds", round(o.planSeconds()));
                options.add(m);
            }
            run.put("options", options);
            runs.add(run);
            System.err.println("threshold " + threshold / 60 + " min: " + byTeams);
        }
        report.put("runs", runs);
        report.write(Path.of(a.text("out", "bench/results")));
    }

    private static MobileRequest request(String base, int teams, int frequency, int horizon, double dayHours, int onSite, int threshold) {
        return new MobileRequest("community-support", new MobileTeams(base, teams, (int) Math.round(dayHours * 3600), 5, TravelMode.CAR),
                List.of(), threshold, VisitFrequency.every(frequency), OnSiteTime.fixed(onSite), horizon, Map.of(), "");
    }

    /** km if every visit of the plan were its own round trip from the base (the no-routing baseline). */
    private static double naiveKm(RegionData region, EstimatedTravelTimes travel, MobilePlan plan) {
        Map<String, Settlement> byId = region.settlementsById();
        double km = 0;
        for (ServedSettlement s : plan.served()) {
            double oneWay = plan.base().location().distanceMetresTo(byId.get(s.settlementId()).location()) * travel.detourFactor() / 1000;
            km += 2 * oneWay * s.visits();
        }
        return km;
    }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }
}
