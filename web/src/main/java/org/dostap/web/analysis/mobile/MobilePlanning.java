package org.dostap.web.analysis.mobile;

import org.dostap.engine.common.Limits;
import org.dostap.engine.common.PlanningException;
import org.dostap.engine.mobile.AccessRescore;
import org.dostap.engine.mobile.GapClosingService;
import org.dostap.engine.mobile.GapComparison;
import org.dostap.engine.mobile.MobilePlan;
import org.dostap.engine.mobile.MobilePlanner;
import org.dostap.engine.mobile.MobileRequest;
import org.dostap.engine.region.Facility;
import org.dostap.engine.region.RegionData;
import org.dostap.engine.traveltime.TravelTimeProvider;

import org.dostap.web.analysis.RunProvenance;

import java.util.List;
import java.util.Map;

/**
 * Mobile planning, the one use case behind {@code dostap mobile} and {@code POST /api/regions/{code}/mobile}: plans
 * the teams ({@link MobilePlanner}) on a region (scenario edits already applied), optionally re-scores every
 * settlement's access (fixed / mobile / none, {@link AccessRescore}) and compares options (teams x bases x
 * intervals, {@link GapClosingService}). The edges parse their syntax into a {@link Request} and write the {@link Result}.
 */
public final class MobilePlanning {
    private final TravelTimeProvider travelTimes;
    private final MobilePlanner planner = new MobilePlanner();

    public MobilePlanning(TravelTimeProvider travelTimes) { this.travelTimes = travelTimes; }

    /**
     * @param rescore    also re-score every settlement's access with the plan's visits
     * @param comparison the options to compare, or null
     */
    public record Request(RegionData region, MobileRequest plan, boolean rescore, Comparison comparison) { }

    /** Options to compare: 1..{@code maxTeams} teams at every base (none: the plan's base), every visit interval (weeks). */
    public record Comparison(List<String> bases, int maxTeams, List<Integer> frequenciesWeeks) {
        public Comparison {
            bases = List.copyOf(bases);
            frequenciesWeeks = List.copyOf(frequenciesWeeks);
        }

        /** How many plans the comparison makes (bases, the plan's own when none, x intervals x teams): at most {@link Limits#COMPARED_PLANS}. */
        public long plans() { return (long) Math.max(1, bases.size()) * frequenciesWeeks.size() * maxTeams; }
    }

    /** The plan, its base, the re-scored access (null unless asked) and the options compared (null unless asked). */
    public record Result(RegionData region, Facility base, MobilePlan plan, AccessRescore access, GapComparison options) { }

    /**
     * The provenance of a plan on {@code region} with {@code travelTimes}: the request's population column (the region's
     * newest when none), the teams' travel mode, whether the region's facilities are illustrative.
     *
     * @param inputs     the files the edge read (none for the API)
     * @param parameters the request as the edge took it
     */
    public static RunProvenance provenance(RegionData region, MobileRequest plan, TravelTimeProvider travelTimes,
                                           List<RunProvenance.InputFile> inputs, Map<String, Object> parameters) {
        String column = plan.populationColumn() == null || plan.populationColumn().isBlank()
                ? region.defaultPopulationColumn() : plan.populationColumn();
        return RunProvenance.of(region, column, travelTimes, plan.teams().mode(), region.anyIllustrativeFacility(), inputs, parameters);
    }

    /**
     * A blank base lets the planner choose it (the centre with the least travel to the settlements to visit).
     * @throws PlanningException NOT_FOUND for an unknown base; INVALID_INPUT naming the engine's fields
     */
    public Result run(Request request) {
        RegionData region = request.region();
        String baseId = request.plan().teams().baseFacilityId();
        if (!baseId.isBlank() && region.findFacility(baseId).isEmpty()) throw PlanningException.notFound("No facility with id '"
                + baseId + "' in region " + region.code() + "; the base must be one of the region's facilities.");
        for (String id : request.plan().teams().teamBaseIds())
            if (!id.isBlank() && region.findFacility(id).isEmpty()) throw PlanningException.notFound("No facility with id '"
                    + id + "' in region " + region.code() + "; the base must be one of the region's facilities.");
        MobilePlan plan = planner.plan(region, travelTimes, request.plan());
        AccessRescore access = request.rescore() ? AccessRescore.of(region, travelTimes, plan) : null;
        Comparison c = request.comparison();
        GapComparison options = c == null ? null : new GapClosingService().compare(region, travelTimes, request.plan(),
                c.bases().isEmpty() ? List.of(plan.base().id()) : c.bases(), c.maxTeams(), c.frequenciesWeeks());
        return new Result(region, plan.base(), plan, access, options);
    }
}
