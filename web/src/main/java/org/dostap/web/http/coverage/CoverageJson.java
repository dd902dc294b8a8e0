package org.dostap.web.http.coverage;

import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.AreaCoverage;
import org.dostap.web.analysis.CoverageView;
import org.dostap.web.analysis.SettlementAccess;
import org.dostap.web.http.region.FacilityJson;

import java.util.List;

/**
 * Coverage of a region as JSON. {@code settlements} follows the region's settlement order; {@code uncovered} is
 * ranked by population; {@code facilities} are the facilities in effect (scenario edits applied).
 */
public record CoverageJson(String region, String service, int thresholdMin, String populationColumn,
                           String travelTimeSource, String travelTimeDescription, boolean facilitiesIllustrative,
                           int edits, AreaJson summary, List<AreaJson> byMunicipality, List<SettlementJson> settlements,
                           List<UncoveredJson> uncovered, List<FacilityJson> facilities) {

    public record AreaJson(String code, String nameBg, String nameEn, int settlements, long population,
                           int coveredSettlements, long coveredPopulation, long uncoveredPopulation,
                           int notConnectedSettlements, double coveredPercent, Double meanTravelTimeMin) {
        public static AreaJson from(AreaCoverage a) {
            return new AreaJson(a.code(), a.nameBg(), a.nameEn(), a.settlements(), a.population(), a.coveredSettlements(),
                    a.coveredPopulation(), a.uncoveredPopulation(), a.notConnectedSettlements(),
                    Math.round(a.coveredShare() * 1000) / 10.0, Minutes.of(a.meanTravelTimeSeconds()));
        }
    }

    public record SettlementJson(String id, int population, Double travelTimeMin, String nearestFacilityId,
                                 boolean covered, boolean connected) {
        static SettlementJson from(SettlementAccess a) {
            return new SettlementJson(a.settlement().id(), a.population(), Minutes.of(a.travelTimeSeconds()),
                    a.nearestFacilityId(), a.covered(), a.connected());
        }
    }

    public record UncoveredJson(String id, String name, String nameEn, String municipality, int population,
                                Double travelTimeMin, boolean connected) {
        static UncoveredJson from(SettlementAccess a) {
            Settlement s = a.settlement();
            return new UncoveredJson(s.id(), s.name(), s.nameEn(), s.municipality(), a.population(),
                    Minutes.of(a.travelTimeSeconds()), a.connected());
        }
    }

    public static CoverageJson from(CoverageView v) {
        return new CoverageJson(v.query().regionCode(), v.query().serviceType(), v.query().thresholdSeconds() / 60,
                v.query().populationColumn(), v.travelTimeSource(), v.travelTimeDescription(),
                v.region().anyIllustrativeFacility(), v.query().edits().size(), AreaJson.from(v.total()),
                v.municipalities().stream().map(AreaJson::from).toList(),
                v.settlements().stream().map(SettlementJson::from).toList(),
                v.uncoveredByPopulation().stream().map(UncoveredJson::from).toList(),
                v.region().facilities().stream().map(FacilityJson::from).toList());
    }
}
