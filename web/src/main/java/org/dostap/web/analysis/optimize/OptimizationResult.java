package org.dostap.web.analysis.optimize;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.dostap.web.analysis.RunProvenance;

import java.util.List;

/**
 * The result of a location optimization on a region ({@link RegionOptimization}): the solver's summary, what was
 * asked (the threshold and the {@code travel_mode} it is judged in: {@code car} or {@code foot}), the chosen sites, what they add ({@code gain}; {@code no_gain} says why when nothing), the assignment of every
 * settlement and the municipal table; inter-municipal networks add the cost basis and sharing and why each site was
 * chosen ({@link Network}, its fields at the top level); a run on the page's scenario adds {@code comparison}. Written as
 * {@code result.json} by the CLI and as the job's {@code result} by the API, through the same mapper (snake_case).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OptimizationResult(@JsonUnwrapped SolutionSummary summary, @JsonUnwrapped Network network, String objectiveUnit,
                                 String region, String service, double thresholdMin, String travelMode, int newSites, String populationColumn,
                                 String travelTimeSource, String travelTimeDescription, boolean facilitiesIllustrative,
                                 List<Site> sites, Gain gain, @JsonInclude(JsonInclude.Include.ALWAYS) NoGain noGain,
                                 List<Assignment> assignment, List<MunicipalityRow> municipalities, CoverageGain comparison,
                                 RunProvenance provenance, Capacity capacity) {

    /**
     * Capacitated problems: demand in service users (population x uptake rate), capacity in places; the split rule (or
     * single source), the users and places in total, the users served (assigned to a site) and not served, each chosen
     * site's load (occupancy) and each settlement's users by site.
     */
    public record Capacity(String demandUnit, String capacityUnit, org.dostap.engine.coverage.ServiceDemand demand,
                           boolean singleSource, String rule, double users, double places, double servedUsers, double unservedUsers,
                           List<SiteLoad> sites, List<SettlementUsers> settlements) { }

    /** A chosen site: its name and municipality, places, the users assigned, their share of the places and the places left. */
    public record SiteLoad(String siteId, String name, String municipality, boolean existing, double capacityPlaces,
                           double assignedUsers, double occupancy, double freePlaces) { }

    /** A settlement's users, the sites they go to and the users not assigned to any site. */
    public record SettlementUsers(String settlementId, String name, String municipality, double users, double unservedUsers,
                                  List<Part> parts) { }

    /** Users of a settlement at one site. */
    public record Part(String siteId, double users) { }

    /** A chosen site: a candidate (new) or a centre in effect ({@code existing}). */
    public record Site(String id, String name, String municipality, double lon, double lat, boolean existing) { }

    /**
     * What the new sites add: population within the standard of the existing centres alone and with the chosen sites;
     * for p-median and p-center the population-weighted mean travel time too (null otherwise). With estimated times
     * each count has the estimate's range as coverage gives it ({@code ...Low}: roads slow, the band's high end within
     * the standard; {@code ...High}: roads fast), and the gain the range of the gains on slow roads, on fast roads and
     * on the point estimate; with road times low = count = high.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Gain(long population, long populationWithinStandardBefore, long populationWithinStandardAfter,
                       long populationGained, Double meanTravelTimeMinBefore, Double meanTravelTimeMinAfter,
                       long populationWithinStandardBeforeLow, long populationWithinStandardBeforeHigh,
                       long populationWithinStandardAfterLow, long populationWithinStandardAfterHigh,
                       long populationGainedLow, long populationGainedHigh) {
        /** True when the counts have a range (estimated times). */
        public boolean hasRange() {
            return populationWithinStandardBeforeLow != populationWithinStandardBeforeHigh
                    || populationWithinStandardAfterLow != populationWithinStandardAfterHigh || populationGainedLow != populationGainedHigh;
        }
    }

    /** Why the chosen sites add nothing: a code for translation, the English message and its arguments. */
    public record NoGain(String code, String message, Args args) {
        public record Args(String thresholdMin, long settlements, long people) { }
    }

    /** Where a settlement goes: its site (null when none), the travel time (null when unreachable), within the standard. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Assignment(String settlementId, String name, String municipality, int population, String siteId,
                             Double travelTimeMin, boolean withinStandard) { }

    /** One municipality: population, population within the standard of its assigned site, share, chosen sites in it. */
    public record MunicipalityRow(String code, String name, long population, long populationWithinStandard,
                                  double shareWithinStandard, long sites) { }

    /** Inter-municipal: the cost basis (EUR) and its sharing among the partners, and why each new site was chosen. */
    public record Network(String costSharingRule, String currency, double costPerCentreEur, int centresCharged,
                          List<String> centresChargedIds, double totalCostEur, List<CostShare> costSharing, List<WhyChosen> whyChosen) { }

    /** Inter-municipal: what one partner municipality gets and pays. */
    public record CostShare(String municipality, String municipalityName, double population, double populationWithinStandard,
                            double shareWithinStandard, int hosts, double costShare, double costEur) { }

    /** Inter-municipal: why a new site is in the network (greedy order of what it adds). */
    public record WhyChosen(String siteId, String municipality, int rank, double populationAdded,
                            List<String> settlementsNewlyCovered, double populationAssigned) { }

    /**
     * Against the scenario the run started from: total population, covered by the scenario's centres, within the standard
     * of the chosen sites, covered by either, and the gain.
     */
    public record CoverageGain(long population, long coveredBefore, long coveredByChosenSites, long coveredAfter, long gain) { }

    public OptimizationResult withComparison(CoverageGain gain) {
        return new OptimizationResult(summary, network, objectiveUnit, region, service, thresholdMin, travelMode, newSites, populationColumn,
                travelTimeSource, travelTimeDescription, facilitiesIllustrative, sites, this.gain, noGain, assignment, municipalities, gain,
                provenance, capacity);
    }

    /** The same result with the input files that the edge read (the use case knows the region, not its files). */
    public OptimizationResult withInputs(List<RunProvenance.InputFile> inputs) {
        return new OptimizationResult(summary, network, objectiveUnit, region, service, thresholdMin, travelMode, newSites, populationColumn,
                travelTimeSource, travelTimeDescription, facilitiesIllustrative, sites, gain, noGain, assignment, municipalities,
                comparison, provenance.withInputs(inputs), capacity);
    }
}
