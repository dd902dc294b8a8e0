package org.dostap.web.analysis.optimize;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * The result of a location optimization on a region ({@link RegionOptimization}): the solver's summary, what was
 * asked, the chosen sites, the assignment of every settlement and the municipal table; inter-municipal networks add
 * the cost sharing and why each site was chosen; a run on the page's scenario adds {@code comparison}. Written as
 * {@code result.json} by the CLI and as the job's {@code result} by the API, through the same mapper (snake_case).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OptimizationResult(@JsonUnwrapped SolutionSummary summary, String objectiveUnit, String region, String service,
                                 double thresholdMin, int newSites, String populationColumn, String travelTimeSource,
                                 String travelTimeDescription, boolean facilitiesIllustrative, List<Site> sites,
                                 List<Assignment> assignment, List<MunicipalityRow> municipalities, String costSharingRule,
                                 List<CostShare> costSharing, List<WhyChosen> whyChosen, CoverageGain comparison) {

    /** A chosen site: a candidate (new) or a kept centre ({@code existing}). */
    public record Site(String id, String name, String municipality, double lon, double lat, boolean existing) { }

    /** Where a settlement goes: its site (null when none), the travel time (null when unreachable), within the standard. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Assignment(String settlementId, String name, String municipality, int population, String siteId,
                             Double travelTimeMin, boolean withinStandard) { }

    /** One municipality: population, population within the standard of its assigned site, share, chosen sites in it. */
    public record MunicipalityRow(String code, String name, long population, long populationWithinStandard,
                                  double shareWithinStandard, long sites) { }

    /** Inter-municipal: what one partner municipality gets and pays. */
    public record CostShare(String municipality, double population, double populationWithinStandard, double shareWithinStandard,
                            int hosts, double costShare, double cost) { }

    /** Inter-municipal: why a new site is in the network (greedy order of what it adds). */
    public record WhyChosen(String siteId, String municipality, int rank, double populationAdded,
                            List<String> settlementsNewlyCovered, double populationAssigned) { }

    /**
     * Against the scenario the run started from: total population, covered by the scenario's centres, within the standard
     * of the chosen sites, covered by either, and the gain.
     */
    public record CoverageGain(long population, long coveredBefore, long coveredByChosenSites, long coveredAfter, long gain) { }

    public OptimizationResult withComparison(CoverageGain gain) {
        return new OptimizationResult(summary, objectiveUnit, region, service, thresholdMin, newSites, populationColumn,
                travelTimeSource, travelTimeDescription, facilitiesIllustrative, sites, assignment, municipalities,
                costSharingRule, costSharing, whyChosen, gain);
    }
}
