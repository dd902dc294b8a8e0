package org.dostap.engine.mobile;

import org.dostap.engine.common.ProblemCollector;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.region.Settlement;
import org.dostap.engine.traveltime.TravelTimeProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares ways of closing the access gap of one service: for every candidate base, visit interval and
 * 1..{@code maxTeams} teams, a mobile plan (population newly reached, team hours, km, marginal value of the
 * last team); and, through a {@link NewCentreProposer}, one more fixed centre. Plans use the template
 * request's other settings (day length, days per week, time on site, horizon, settlements).
 */
public final class GapClosingService {
    private final MobilePlanner planner;
    private final NewCentreProposer proposer;

    public GapClosingService() { this(new MobilePlanner(), new MaximalCoverageProposer()); }

    public GapClosingService(MobilePlanner planner, NewCentreProposer proposer) {
        this.planner = planner;
        this.proposer = proposer;
    }

    public GapComparison compare(RegionData region, TravelTimeProvider travel, MobileRequest template,
                                 List<String> baseIds, int maxTeams, List<Integer> frequenciesWeeks) {
        ProblemCollector p = new ProblemCollector();
        if (baseIds.isEmpty()) p.field("compare_bases", "give at least one candidate base");
        for (String id : baseIds)
            if (region.findFacility(id).isEmpty()) p.field("compare_bases", "no facility with id '" + id + "' in region " + region.code());
        if (maxTeams < 1) p.field("compare_teams", "compare at least 1 team, got " + maxTeams);
        if (frequenciesWeeks.isEmpty()) p.field("compare_frequencies_weeks", "give at least one visit interval");
        p.throwIfAny();
        String column = region.requirePopulationColumn(template.populationColumn());
        int threshold = template.thresholdSecondsIn(region);
        List<Settlement> targets = MobilePlanner.targets(region, travel, template, column);

        List<MobileOption> options = new ArrayList<>();
        for (String base : baseIds)
            for (int weeks : frequenciesWeeks) {
                int previous = 0;
                for (int teams = 1; teams <= maxTeams; teams++) {
                    MobileRequest r = template.withTeams(template.teams().withBase(base).withTeamCount(teams))
                            .withFrequency(VisitFrequency.every(weeks));
                    MobilePlan plan = planner.plan(region, travel, r);
                    PlanTotals t = plan.totals();
                    options.add(new MobileOption(base, teams, weeks, t.populationServed(), t.settlementsServed(),
                            t.populationUnserved(), t.teamSeconds() / 3600.0, t.distanceMetres() / 1000,
                            t.populationServed() - previous, plan.planSeconds()));
                    previous = t.populationServed();
                }
            }
        return new GapComparison(template.serviceTypeId(), threshold, targets.size(),
                targets.stream().mapToInt(s -> s.population(column)).sum(), options,
                proposer.propose(region, travel, targets, column, threshold, template.accessMode()));
    }
}
