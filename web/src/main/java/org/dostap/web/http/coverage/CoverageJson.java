package org.dostap.web.http.coverage;

import org.dostap.engine.coverage.AreaCoverage;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.dostap.engine.coverage.ThresholdCoverage;
import org.dostap.engine.coverage.UncoveredSettlement;
import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.analysis.EstimateModelSummary;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.web.analysis.SettlementAccessRow;
import org.dostap.web.http.region.FacilityJson;

import java.util.List;
import java.util.Map;

/**
 * Coverage of a region as JSON. {@code settlements} are the view's {@link SettlementAccessRow}s in the region's
 * settlement order (the same record every file of settlement rows is written from); {@code uncovered} is
 * ranked by population; {@code facilities} are those in effect (scenario edits applied). Minutes.
 */
public record CoverageJson(String region, String service, int thresholdMin, String populationColumn,
                           String travelTimeSource, String travelTimeDescription, boolean facilitiesIllustrative,
                           int edits, AreaJson summary, List<AreaJson> byMunicipality, List<SettlementAccessRow> settlements,
                           List<UncoveredJson> uncovered, List<FacilityJson> facilities, List<String> warnings,
                           String softwareVersion, String mode, EstimateModelSummary estimateModel, RunProvenance provenance,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Object capacity) {

    /**
     * An area at the queried threshold, with travel-time statistics (minutes) and the E2SFCA mean. The covered range
     * ({@code ..._low/_high}): with estimated times, covered even when the roads are slow (p90) / when they are fast
     * (p10); with road times equal to the count.
     */
    public record AreaJson(String code, String nameBg, String nameEn, int settlements, long population,
                           int coveredSettlements, long coveredPopulation, long uncoveredPopulation,
                           int notConnectedSettlements, double coveredPercent, Double meanTravelTimeMin,
                           Double medianTravelTimeMin, Double p90TravelTimeMin, Double gini, Double e2sfcaPer1000,
                           int coveredSettlementsLow, int coveredSettlementsHigh, long coveredPopulationLow,
                           long coveredPopulationHigh) {
        public static AreaJson from(AreaCoverage a, int thresholdSeconds) {
            ThresholdCoverage t = a.getThreshold(thresholdSeconds);
            double percent = a.population() == 0 ? 0 : Math.round(1000.0 * t.coveredPopulation() / a.population()) / 10.0;
            return new AreaJson(a.code(), a.nameBg(), a.nameEn(), a.settlements(), a.population(), t.coveredSettlements(),
                    t.coveredPopulation(), t.uncoveredPopulation(), a.notConnectedSettlements(), percent,
                    Minutes.of(a.travelTime().meanSeconds()), Minutes.of(a.travelTime().medianSeconds()),
                    Minutes.of(a.travelTime().p90Seconds()),
                    a.travelTime().gini() == null ? null : Math.round(a.travelTime().gini() * 1000) / 1000.0,
                    a.e2sfca() == null || a.e2sfca().meanPer1000() == null ? null : Math.round(a.e2sfca().meanPer1000() * 100) / 100.0,
                    t.coveredSettlementsLow(), t.coveredSettlementsHigh(), t.coveredPopulationLow(), t.coveredPopulationHigh());
        }
    }

    public record UncoveredJson(String id, String name, String nameEn, String municipality, int population,
                                Double travelTimeMin, boolean connected, String unreachableReason) {
        static UncoveredJson from(UncoveredSettlement u, Map<String, Settlement> byId, Map<String, String> reasons) {
            Settlement s = byId.get(u.settlementId());
            return new UncoveredJson(u.settlementId(), u.name(), s == null ? "" : s.nameEn(), u.municipality(), u.population(),
                    Minutes.of(u.travelTimeSeconds()), u.connected(), reasons.get(u.settlementId()));
        }
    }

    /** @param provenance where the view came from ({@code AccessAnalysis.provenance}) */
    public static CoverageJson from(CoverageView v, RunProvenance provenance) {
        return from(v, provenance, null);
    }

    /**
     * @param capacity the existing centres' places and the users assigned to them ({@code "capacitated": true}); null
     *                 leaves the field out
     */
    public static CoverageJson from(CoverageView v, RunProvenance provenance, Object capacity) {
        int threshold = v.query().thresholdSeconds();
        List<SettlementAccessRow> rows = SettlementAccessRow.of(v);
        Map<String, String> reasons = new java.util.HashMap<>();
        for (SettlementAccessRow r : rows) if (r.unreachableReason() != null) reasons.put(r.id(), r.unreachableReason());
        Map<String, Settlement> byId = v.region().settlementsById();
        var p = v.result().provenance();
        return new CoverageJson(v.query().regionCode(), v.query().serviceType(), threshold / 60, p.populationColumn(),
                p.travelTimeSource(), p.travelTimeDescription(), v.region().anyIllustrativeFacility(), v.query().edits().size(),
                AreaJson.from(v.result().region(), threshold),
                v.result().municipalities().stream().map(a -> AreaJson.from(a, threshold)).toList(), rows,
                v.result().region().uncoveredByPopulation().stream().map(u -> UncoveredJson.from(u, byId, reasons)).toList(),
                v.region().facilities().stream().map(FacilityJson::from).toList(), v.result().warnings(), p.softwareVersion(),
                p.travelMode(), EstimateModelSummary.of(p.estimateModel(), p.travelTimeSource()), provenance, capacity);
    }
}
