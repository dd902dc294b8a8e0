package org.dostap.web.http.coverage;

import org.dostap.engine.region.Settlement;
import org.dostap.web.analysis.AreaChange;
import org.dostap.web.analysis.Comparison;
import org.dostap.web.analysis.RunProvenance;
import org.dostap.web.analysis.SettlementChange;

import java.util.List;
import java.util.Objects;

/**
 * Two views side by side: {@code before} is the baseline (or the earlier population column), {@code after}
 * the scenario (or the later column). Per area: population and covered population before/after, and the
 * settlements (and their population) that gained or lost coverage; {@code provenance} where it came from (the later view's).
 */
public record ComparisonJson(String region, String service, int thresholdMin, String populationBefore,
                             String populationAfter, int edits, String travelTimeSource, boolean facilitiesIllustrative,
                             AreaChangeJson total, List<AreaChangeJson> byMunicipality, List<SettlementChangeJson> changed,
                             RunProvenance provenance) {

    public record AreaChangeJson(String code, String nameBg, String nameEn, long populationBefore, long populationAfter,
                                 long coveredPopulationBefore, long coveredPopulationAfter, long coveredPopulationDelta,
                                 int coveredSettlementsBefore, int coveredSettlementsAfter,
                                 int settlementsGained, int settlementsLost, long populationGained, long populationLost) {
        static AreaChangeJson from(AreaChange c) {
            return new AreaChangeJson(c.after().code(), c.after().nameBg(), c.after().nameEn(), c.before().population(),
                    c.after().population(), c.coveredPopulationBefore(), c.coveredPopulationAfter(),
                    c.coveredPopulationDelta(), c.coveredSettlementsBefore(), c.coveredSettlementsAfter(),
                    c.settlementsGained(), c.settlementsLost(), c.populationGained(), c.populationLost());
        }
    }

    /** {@code change}: gained, lost, faster, slower, other-facility or population. */
    public record SettlementChangeJson(String id, String name, String nameEn, String municipality,
                                       int populationBefore, int populationAfter, Double travelTimeMinBefore,
                                       Double travelTimeMinAfter, String nearestFacilityBefore, String nearestFacilityAfter,
                                       boolean coveredBefore, boolean coveredAfter, String change) {
        static SettlementChangeJson from(SettlementChange c) {
            Settlement s = c.settlement();
            return new SettlementChangeJson(s.id(), s.name(), s.nameEn(), s.municipality(), c.populationBefore(),
                    c.populationAfter(), Minutes.of(c.before().travelTimeSeconds()), Minutes.of(c.after().travelTimeSeconds()),
                    c.before().nearestFacilityId(), c.after().nearestFacilityId(), c.before().covered(), c.after().covered(),
                    kind(c));
        }

        private static String kind(SettlementChange c) {
            if (c.gained()) return "gained";
            if (c.lost()) return "lost";
            Integer b = c.before().travelTimeSeconds(), a = c.after().travelTimeSeconds();
            if (b == null && a != null) return "faster";
            if (a == null && b != null) return "slower";
            if (a != null && a < b) return "faster";
            if (a != null && a > b) return "slower";
            if (!Objects.equals(c.before().nearestFacilityId(), c.after().nearestFacilityId())) return "other-facility";
            return "population";
        }
    }

    public static ComparisonJson from(Comparison c, RunProvenance provenance) {
        var q = c.after().query();
        return new ComparisonJson(q.regionCode(), q.serviceType(), q.thresholdSeconds() / 60,
                c.before().result().populationColumn(), c.after().result().populationColumn(), q.edits().size(),
                c.after().result().provenance().travelTimeSource(), c.after().region().anyIllustrativeFacility(),
                AreaChangeJson.from(c.total()), c.byMunicipality().stream().map(AreaChangeJson::from).toList(),
                c.changed().stream().map(SettlementChangeJson::from).toList(), provenance);
    }
}
